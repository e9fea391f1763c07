# Naba worker image: the package and its shipped models and data; no downloads at run time.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY streams ./streams
COPY agents ./agents
RUN pip install --no-cache-dir .
USER nobody
ENV NABA_DATA_DIR=/tmp/naba-data
ENTRYPOINT ["naba"]
CMD ["worker"]
