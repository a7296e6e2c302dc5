"""How pydantic checks a `LocalText` inside a model: the rules the catalogue files follow."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import core_schema

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema


class _Text(Protocol):
    """What `text.LocalText` is made from. Named here, not imported: `text` calls this module,
    and this module never calls `text` back."""

    def __init__(self, en: str, zh_hant: str | None, zh_hans: str | None) -> None: ...


T = TypeVar("T", bound=_Text)


class LocalTextFields(BaseModel):
    """The fields as written: `en` required and not empty, the Chinese ones optional."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    en: str = Field(min_length=1)
    zh_hant: str | None = Field(default=None, alias="zh-Hant", min_length=1)
    zh_hans: str | None = Field(default=None, alias="zh-Hans", min_length=1)


def local_text_schema(
    cls: type[T], handler: GetCoreSchemaHandler, as_json: Callable[[T], dict[str, str]]
) -> CoreSchema:
    """Check the fields as written and make a `cls` of them; `as_json` writes one back."""

    def build(value: object, check: core_schema.ValidatorFunctionWrapHandler) -> T:
        if isinstance(value, cls):  # one already made, as in a model built from parts
            return value
        fields = check(value)
        assert isinstance(fields, LocalTextFields)
        return cls(fields.en, fields.zh_hant, fields.zh_hans)

    return core_schema.no_info_wrap_validator_function(
        build,
        handler.generate_schema(LocalTextFields),
        serialization=core_schema.plain_serializer_function_ser_schema(as_json),
    )
