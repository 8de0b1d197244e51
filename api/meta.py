"""Reference data and health: issuing bodies, provinces, counts, and whether the store answers."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Path, Query

from lineage.api.deps import get_store
from lineage.api.errors import ProblemError
from lineage.api.schemas import BodyLinks, BodyOut, HealthOut, Problem, ProvinceOut, StatsOut
from lineage.graph.model import BodyRecord, Level
from lineage.graph.store import GraphStore

router = APIRouter(tags=["reference"])

_STORE_DOWN = {503: {"model": Problem, "description": "The graph store is unreachable"}}


def body_out(body: BodyRecord) -> BodyOut:
    search = {"issuer": body.name}
    if body.province:
        search["province"] = body.province
    return BodyOut.model_validate(
        {
            "id": body.id,
            "name": body.name,
            "display_name": body.display_name,
            "level": body.level,
            "province": body.province,
            "links": BodyLinks(
                self="/bodies/" + quote(body.id, safe=""),
                documents="/documents?" + urlencode(search),
            ),
        }
    )


@router.get("/bodies", response_model=list[BodyOut], summary="Issuing bodies",
            responses={422: {"model": Problem}, **_STORE_DOWN})
def list_bodies(
    store: Annotated[GraphStore, Depends(get_store)],
    level: Level | None = None,
    province: Annotated[str | None, Query(examples=["Hà Tĩnh"], max_length=100)] = None,
) -> list[BodyOut]:
    bodies = store.list_bodies()
    return [
        body_out(b)
        for b in bodies
        if (level is None or b.level == level) and (province is None or b.province == province)
    ]


@router.get("/bodies/{body_id}", response_model=BodyOut, summary="One issuing body",
            responses={404: {"model": Problem}, 422: {"model": Problem}, **_STORE_DOWN})
def get_body(
    body_id: Annotated[str, Path(examples=["ubnd-tinh-ha-tinh"], max_length=300)],
    store: Annotated[GraphStore, Depends(get_store)],
) -> BodyOut:
    body = store.get_body(body_id)
    if body is None:
        raise ProblemError(404, f"No issuing body is known as '{body_id}'.", kind="unknown-body")
    return body_out(body)


@router.get("/provinces", response_model=list[ProvinceOut],
            summary="Provinces: the 63 before July 2025, the 34 after, and the map between them",
            responses=_STORE_DOWN)
def list_provinces(store: Annotated[GraphStore, Depends(get_store)]) -> list[ProvinceOut]:
    return [ProvinceOut.model_validate(p) for p in store.list_provinces()]


@router.get("/stats", response_model=StatsOut, summary="What the graph holds",
            responses=_STORE_DOWN)
def stats(store: Annotated[GraphStore, Depends(get_store)]) -> StatsOut:
    return StatsOut.model_validate(store.stats())


@router.get("/healthz", response_model=HealthOut, tags=["health"],
            summary="200 when the store answers, 503 when it does not", responses=_STORE_DOWN)
def healthz(store: Annotated[GraphStore, Depends(get_store)]) -> HealthOut:
    counts = store.stats()  # a real query, so a dead Neo4j connection shows up here
    return HealthOut(status="ok", store=type(store).__name__, documents=counts.documents)
