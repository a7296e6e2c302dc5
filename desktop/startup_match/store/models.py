"""ORM models. The schema itself is created and upgraded by the Alembic migrations."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class SessionRow(Base):
    __tablename__ = "sessions"
    __table_args__ = ({"sqlite_autoincrement": True},)  # ids never reused (0008)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    company_name: Mapped[str] = mapped_column(String(120))
    profile_json: Mapped[str] = mapped_column(Text)
    # The session's own part of its ranking (store/compact.py); shared texts are RankingPart rows.
    results_json: Mapped[str] = mapped_column(Text)
    catalogue_version: Mapped[str] = mapped_column(String(40))
    catalogue_digest: Mapped[str] = mapped_column(String(64))
    notes: Mapped[str] = mapped_column(Text, default="")
    comparison_json: Mapped[str] = mapped_column(Text, default="[]")
    search_key: Mapped[str] = mapped_column(Text, default="")  # indexed with id (0004)
    import_digest: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)  # 0006: one more at every save
    created_by: Mapped[str] = mapped_column(String(120), default="", index=True)
    updated_by: Mapped[str] = mapped_column(String(120), default="")
    uid: Mapped[str] = mapped_column(String(32), unique=True)  # kept by copies between stores
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class RankingPart(Base):
    """A text that many sessions' rankings share, kept once and addressed by its digest."""

    __tablename__ = "ranking_parts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    body: Mapped[str] = mapped_column(Text)
