from django.urls import path

from . import views

app_name = "service_reports_public"

urlpatterns = [
    path("statistik-layanan-informasi/", views.statistics, name="statistics"),
    path("survei-kepuasan/<str:number>/<str:code>/", views.survey, name="survey"),
]
