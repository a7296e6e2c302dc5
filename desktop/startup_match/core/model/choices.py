"""The answers a founder picks from: stages, sectors, locations, universities, roles, needs and
affiliations.

Plain enums in a module of their own, so the profile form can offer them before pydantic loads."""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    IDEA = "idea"
    PRE_SEED = "pre_seed"
    SEED = "seed"
    SERIES_A = "series_a"
    GROWTH = "growth"


class Sector(StrEnum):
    BIOTECH = "biotech"
    ARTIFICIAL_INTELLIGENCE = "artificial_intelligence"
    ROBOTICS = "robotics"
    FINTECH = "fintech"
    SMART_CITY = "smart_city"
    ICT = "ict"
    ELECTRONICS = "electronics"
    GREEN_TECH = "green_tech"
    MATERIALS_PRECISION = "materials_precision"
    PROPTECH = "proptech"
    BIG_DATA = "big_data"
    DIGITAL_ENTERTAINMENT = "digital_entertainment"
    EDTECH = "edtech"
    ECOMMERCE_RETAIL = "ecommerce_retail"
    HEALTHTECH_MEDTECH = "healthtech_medtech"
    DESIGN_CREATIVE = "design_creative"
    LOGISTICS = "logistics"
    OTHER = "other"


class Location(StrEnum):
    HK_SCIENCE_PARK = "hk_science_park"
    CYBERPORT = "cyberport"
    ELSEWHERE_IN_HK = "elsewhere_in_hk"
    SHENZHEN_GBA = "shenzhen_gba"
    MAINLAND_OTHER = "mainland_other"
    OVERSEAS = "overseas"


class University(StrEnum):
    HKU = "hku"
    CUHK = "cuhk"
    HKUST = "hkust"
    POLYU = "polyu"
    CITYU = "cityu"
    HKBU = "hkbu"
    LINGNAN = "lingnan"
    EDUHK = "eduhk"


class Role(StrEnum):
    STAFF = "staff"
    STUDENT = "student"
    ALUMNUS = "alumnus"


class Need(StrEnum):
    FUNDING = "funding"
    MENTORSHIP = "mentorship"
    CLOUD_COMPUTING = "cloud_computing"
    INVESTOR_ACCESS = "investor_access"
    OFFICE_SPACE = "office_space"
    TALENT = "talent"
    OVERSEAS_EXPANSION = "overseas_expansion"
    MAINLAND_MARKET = "mainland_market"
    MANUFACTURING = "manufacturing"
    HOUSING = "housing"
    REGULATORY_SANDBOX = "regulatory_sandbox"
    LISTING = "listing"
    LOAN_GUARANTEE = "loan_guarantee"
    PATENT_IP = "patent_ip"
    MARKET_PROMOTION = "market_promotion"


class Affiliation(StrEnum):
    """A start-up's standing with Hong Kong's two public technology parks."""

    HKSTP_INCUBATEE = "hkstp_incubatee"
    HKSTP_GRADUATE = "hkstp_graduate"
    HKSTP_TENANT = "hkstp_tenant"
    CYBERPORT_INCUBATEE = "cyberport_incubatee"
    CYBERPORT_GRADUATE = "cyberport_graduate"
    CYBERPORT_TENANT = "cyberport_tenant"
