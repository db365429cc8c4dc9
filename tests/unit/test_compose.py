"""docker-compose.yml and infra/Dockerfile agree with the code: stages, settings, health, no secrets."""

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from shared.search import COMPATIBILITY_ENV
from shared.settings import ServiceSettings
from shared.streams import Stage

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "infra" / "Dockerfile"

SERVERS = ("redis", "elasticsearch", "kibana")
WORKERS = tuple(stage.value for stage in Stage)
SECRET_NAME = re.compile(r"PASSWORD|SECRET|TOKEN|API_KEY", re.IGNORECASE)
# A secret may only be a reference to the environment, required (`:?`) so it is never blank.
REQUIRED_ENV = re.compile(r"^\$\{[A-Z_]+:\?[^}]*\}$")


@pytest.fixture(scope="module")
def services() -> dict[str, dict[str, Any]]:
    """The compose services, anchors and merge keys resolved."""
    compose = yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))
    found: dict[str, dict[str, Any]] = compose["services"]
    return found


def khabar_services(services: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The services built from Khabar's own image."""
    return {
        name: service
        for name, service in services.items()
        if service.get("build", {}).get("dockerfile") == "infra/Dockerfile"
    }


def test_compose_has_servers_workers_and_api(services: dict[str, dict[str, Any]]) -> None:
    assert set(services) == {*SERVERS, "setup", *WORKERS, "api"}


def test_every_khabar_service_shares_one_image(services: dict[str, dict[str, Any]]) -> None:
    ours = khabar_services(services)
    assert set(ours) == {*WORKERS, "api"}
    assert len({service["image"] for service in ours.values()}) == 1


@pytest.mark.parametrize("stage", WORKERS)
def test_worker_command_names_its_stage(services: dict[str, dict[str, Any]], stage: str) -> None:
    command = services[stage]["command"]
    assert command == ["khabar", "worker", stage]
    assert Stage(command[2]) is Stage(stage)


def test_khabar_env_names_are_settings_fields(services: dict[str, dict[str, Any]]) -> None:
    # ServiceSettings fields, plus the one variable the ES client reads itself (ES 8 compatibility).
    fields = {name.upper() for name in ServiceSettings.model_fields} | {COMPATIBILITY_ENV}
    for name, service in khabar_services(services).items():
        unknown = set(service["environment"]) - fields
        assert not unknown, f"{name} sets {unknown}, which ServiceSettings does not read"


def test_khabar_services_reach_redis_and_elasticsearch(
    services: dict[str, dict[str, Any]],
) -> None:
    for service in khabar_services(services).values():
        assert {"REDIS_URL", "ES_URL", "ES_USERNAME", "ES_PASSWORD", "ES_CA_CERTS"} <= set(
            service["environment"]
        )


@pytest.mark.parametrize("name", SERVERS)
def test_server_has_a_healthcheck(services: dict[str, dict[str, Any]], name: str) -> None:
    assert services[name]["healthcheck"]["test"]


def test_khabar_services_wait_for_healthy_servers(services: dict[str, dict[str, Any]]) -> None:
    for service in khabar_services(services).values():
        assert service["depends_on"] == {
            "redis": {"condition": "service_healthy"},
            "elasticsearch": {"condition": "service_healthy"},
        }


@pytest.mark.parametrize("stage", WORKERS)
def test_worker_can_scale(services: dict[str, dict[str, Any]], stage: str) -> None:
    worker = services[stage]
    assert "container_name" not in worker
    assert "ports" not in worker
    assert "no-new-privileges:true" in worker["security_opt"]


def test_secrets_come_only_from_the_environment(services: dict[str, dict[str, Any]]) -> None:
    for name, service in services.items():
        environment = service.get("environment", {})
        assert isinstance(environment, dict), f"{name}: use the mapping form for environment"
        for key, value in environment.items():
            if SECRET_NAME.search(key):
                assert REQUIRED_ENV.match(str(value)), f"{name}.{key} must be ${{VAR:?...}}"


def test_redis_keeps_an_append_only_file(services: dict[str, dict[str, Any]]) -> None:
    command = services["redis"]["command"]
    assert command[command.index("--appendonly") + 1] == "yes"
    assert any(volume.endswith(":/data") for volume in services["redis"]["volumes"])


def test_elasticsearch_runs_with_security_and_a_memory_limit(
    services: dict[str, dict[str, Any]],
) -> None:
    elasticsearch = services["elasticsearch"]
    assert elasticsearch["environment"]["xpack.security.enabled"] == "true"
    assert elasticsearch["mem_limit"]


def test_dockerfile_installs_the_lock_as_a_non_root_user() -> None:
    dockerfile = DOCKERFILE.read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.11-slim", dockerfile, re.MULTILINE)
    assert "uv sync --frozen" in dockerfile
    users = re.findall(r"^USER\s+(\S+)", dockerfile, re.MULTILINE)
    assert users
    assert users[-1].split(":")[0] not in {"root", "0"}


def test_every_worker_has_a_healthcheck_that_asks_for_its_own_stage(
    services: dict[str, dict[str, Any]],
) -> None:
    for name, service in khabar_services(services).items():
        if service["command"][1] != "worker":
            continue
        assert service["healthcheck"]["test"] == [
            "CMD",
            "khabar",
            "ready",
            service["command"][2],
        ], name
