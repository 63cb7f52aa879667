from django.urls import path

from . import views

app_name = "sop_governance"
urlpatterns = [
    path("kepatuhan/", views.compliance_view, name="compliance"),
    path("unggahan-bulanan/", views.monthly_uploads_view, name="uploads"),
    path("daftar-konten/<int:pk>/pdf/", views.content_plan_pdf, name="plan_pdf"),
    path(
        "daftar-konten/<int:pk>/langkah/<str:action>/",
        views.content_plan_step,
        name="plan_step",
    ),
    path(
        "daftar-konten/<int:pk>/versi-baru/",
        views.content_plan_new_version,
        name="plan_new_version",
    ),
]
