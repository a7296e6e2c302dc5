"""Passwords for team servers, in the operating system's keychain (keyring); never in the
settings file or in the address kept there. Where no keychain works, nothing is kept and the
password is asked for again."""

from __future__ import annotations

SERVICE = "startup-match"


def _account(address: str) -> str:
    return address.split("://", 1)[-1]


def password_for(address: str) -> str | None:
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SERVICE, _account(address))
        except KeyringError:
            return None
    except Exception:  # a keychain backend that cannot start is no keychain
        return None


def remember_password(address: str, password: str) -> bool:
    """Whether the keychain kept it."""
    try:
        import keyring

        keyring.set_password(SERVICE, _account(address), password)
        return True
    except Exception:
        return False
