"""The base every message model shares, and the id types that name things across streams."""

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

BundleId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16,64}$")]
ArticleId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16,64}-\d{3}$")]
EntityId = Annotated[str, StringConstraints(min_length=1, max_length=128)]


class Contract(BaseModel):
    """A message on a stream: strict about unknown fields, so a producer's typo fails loudly."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)
