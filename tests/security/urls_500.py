from django.urls import path


def broken(request):
    raise RuntimeError("stack trace detail: SECRET_KEY must never be shown")


urlpatterns = [path("rusak/", broken)]
