from django.urls import path

from . import views

app_name = "moderation"
urlpatterns = [
    path("turunkan/", views.live_pages, name="live_pages"),
    path("turunkan/<int:page_id>/", views.takedown, name="takedown"),
    path("terbitkan-segera/<int:page_id>/", views.force_publication, name="force_publish"),
    path("tinjauan-retrospektif/", views.forced_publications, name="forced_publications"),
    path("tinjauan-retrospektif/<int:record_id>/", views.review_forced, name="review_forced"),
    path("pengaturan-situs/", views.site_settings_review, name="site_settings"),
    path("pengaturan-situs/<slug:key>/", views.reviewed_setting_review, name="reviewed_setting"),
    path("pengalihan/", views.redirects_to_approve, name="redirects"),
    path("dokumen/", views.documents_to_approve, name="documents_to_approve"),
    path("dokumen/<int:document_id>/berkas/", views.document_file, name="document_file"),
    path("gambar/<int:image_id>/berkas/", views.image_file, name="image_file"),
    path("pemindaian/", views.scan_reports, name="scan_reports"),
    path("pemindaian/<int:report_id>/", views.scan_report, name="scan_report"),
    path("daftar-update-konten/", views.content_register, name="content_register"),
    path(
        "daftar-update-konten/<str:file_format>/",
        views.content_register_file,
        name="content_register_file",
    ),
]
