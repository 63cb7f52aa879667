from .accessibility import AccessibilityStatementPage
from .dip import (
    DipEntryDocument,
    DipEntryPage,
    DipIndexPage,
    ExemptAsset,
    ExemptIndexPage,
    ExemptInformation,
    InformationUnit,
)
from .home import HomePage
from .media import DocumentScanStatus, PPIDDocument, PPIDImage, PPIDRendition
from .news import NewsIndexPage, NewsPage
from .regulations import RegulationIndexPage, RegulationPage
from .roles import SopRole
from .site_settings import PPIDSettings
from .standard import StandardPage

__all__ = [
    "AccessibilityStatementPage",
    "DipEntryDocument",
    "DocumentScanStatus",
    "DipEntryPage",
    "DipIndexPage",
    "ExemptAsset",
    "ExemptIndexPage",
    "ExemptInformation",
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
