# Slim runtime image: the project, its pinned dependencies and the spaCy model, installed at build time.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY config ./config
COPY tasks ./tasks
COPY workers ./workers
RUN pip install . && useradd --create-home --uid 10001 wirelens
USER wirelens
HEALTHCHECK --interval=30s --timeout=10s CMD celery -A workers.app inspect ping -d celery@$HOSTNAME || exit 1
CMD ["wirelens", "worker"]
