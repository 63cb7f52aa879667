from .dip import DipEntryDocument, DipEntryPage, DipIndexPage, ExemptIndexPage, InformationUnit
from .home import HomePage
from .media import PPIDDocument, PPIDImage, PPIDRendition
from .news import NewsIndexPage, NewsPage
from .regulations import RegulationIndexPage, RegulationPage
from .roles import SopRole
from .site_settings import PPIDSettings
from .standard import StandardPage

__all__ = [
    "DipEntryDocument",
    "DipEntryPage",
    "DipIndexPage",
    "ExemptIndexPage",
    "HomePage",
    "InformationUnit",
    "NewsIndexPage",
    "NewsPage",
    "PPIDDocument",
    "PPIDImage",
    "PPIDRendition",
    "PPIDSettings",
    "RegulationIndexPage",
    "RegulationPage",
    "SopRole",
    "StandardPage",
]
