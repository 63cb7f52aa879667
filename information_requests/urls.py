"""Public URLs of the service, under /layanan-informasi/ (config.urls)."""

from django.urls import path

from . import views

app_name = "information_requests"

urlpatterns = [
    path("permohonan/", views.request_form, name="request_form"),
    path("permohonan/kirim/", views.submit, name="submit"),
    path("permohonan/terkirim/", views.sent, name="sent"),
    path("konfirmasi/<int:pk>/<str:code>/", views.confirm, name="confirm"),
    path("lacak/", views.track_form, name="track_form"),
    path("lacak/<str:number>/<str:code>/", views.track, name="track"),
    path(
        "lacak/<str:number>/<str:code>/berkas/<int:file_id>/", views.track_file, name="track_file"
    ),
    path("lacak/<str:number>/<str:code>/keberatan/", views.objection_form, name="objection_form"),
    path(
        "lacak/<str:number>/<str:code>/keberatan/kirim/",
        views.objection_submit,
        name="objection_submit",
    ),
]
