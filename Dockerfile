# Production image. Mirrors the README's "Production deployment" steps.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    PORT=8000

# tesseract reads the text in pictures for the exempt-information check (README, "Library
# decisions"); production refuses to start without it (system check information_requests.E003).
RUN apt-get update \
    && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-ind \
    && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 1000 ppid
WORKDIR /app

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY --chown=ppid:ppid . .

# collectstatic needs settings but no real secrets or database.
RUN SECRET_KEY=build-only AUDIT_CHAIN_KEY=build-only-audit-chain-key-not-used-at-runtime ALLOWED_HOSTS=localhost DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    python manage.py collectstatic --noinput \
    && mkdir -p /app/var/media && chown -R ppid:ppid /app/var

USER ppid
EXPOSE 8000
# Only the reverse proxies in TRUSTED_PROXIES may set X-Forwarded-For/-Proto (Django drops
# them from anyone else: security.proxies; gunicorn believes X-Forwarded-Proto only from the
# same addresses). BIND is where gunicorn listens: inside the container every interface, so
# publish the port to the proxy only (e.g. `-p 127.0.0.1:8000:8000` or an internal network),
# never to the internet; without a container, BIND=127.0.0.1:8000 behind a local proxy.
ENV BIND=0.0.0.0:8000 \
    TRUSTED_PROXIES=127.0.0.1
# integrity_manifest records the deployed templates, static files and translations (signed with
# AUDIT_CHAIN_KEY, which only exists at run time); the integrity watch compares the disk with it.
CMD ["sh", "-c", "python manage.py migrate --noinput && python manage.py integrity_manifest && exec gunicorn --pythonpath site config.wsgi:application --bind \"${BIND}\" --forwarded-allow-ips \"${TRUSTED_PROXIES}\" --workers 3 --access-logfile -"]
