# dvk: one image for every role (watcher, worker, beat, web, migrate); the command picks the role.
FROM python:3.11-slim-bookworm

RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      tesseract-ocr tesseract-ocr-vie tesseract-ocr-osd libreoffice-writer-nogui fonts-liberation2 curl \
 && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 10001 dvk
WORKDIR /app
COPY pyproject.toml README.md alembic.ini ./
COPY documents documents
COPY ingest ingest
COPY notifier notifier
COPY web web
COPY workers workers
COPY migrations migrations
COPY examples examples
RUN pip install --no-cache-dir .

USER dvk
ENV DVK_DATA_DIR=/home/dvk/var PYTHONUNBUFFERED=1
ENTRYPOINT ["dvk"]
CMD ["--help"]
