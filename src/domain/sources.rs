//! Every source the app cites, generated from the shared reference's numbered list
//! by tools/gen_sources.py, which names each original document instead of the copy
//! it was read from. Content and data cite these by constant, so a missing or
//! misspelt source is a compile error.

use super::source::Source;

pub const S1: Source = Source {
    key: "1",
    citation: "UNODC / UN.GIFT, \"Human trafficking\" (definition, consent, children)",
    url: "http://www.ungift.org/about/human-trafficking.html",
};
pub const S2: Source = Source { key: "2", citation: "ILO and European Commission, Operational indicators of trafficking in human beings (March 2009, revised September 2009)", url: "https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---declaration/documents/publication/wcms_105023.pdf" };
pub const S3: Source = Source {
    key: "3",
    citation: "ECPAT UK, \"What is child trafficking?\"",
    url: "https://www.ecpat.org.uk/definition-child-trafficking-exploitation-and-slavery",
};
pub const S4: Source = Source {
    key: "4",
    citation: "LLR Modern Slavery Action Group (De Montfort Univ.), \"What is human trafficking\"",
    url: "https://llrmodernslaveryactiongroup.our.dmu.ac.uk/what-is-human-trafficking/",
};
pub const S5A: Source = Source { key: "5a", citation: "Trafficking Research (traffickingresearch.org), \"What is trafficking\" (victim need not be transported)", url: "https://www.traffickingresearch.org/what-is-trafficking" };
pub const S6: Source = Source {
    key: "6",
    citation: "Modern Slavery Act 2015 s1 (enacted)",
    url: "https://www.legislation.gov.uk/ukpga/2015/30/section/1/enacted",
};
pub const S7: Source = Source {
    key: "7",
    citation: "Modern Slavery Act 2015, s2",
    url: "https://www.legislation.gov.uk/ukpga/2015/30/section/2",
};
pub const S8: Source = Source { key: "8", citation: "Law Brief Publishing, A Practical Guide to County Lines… (G. Wise), ch.5 (s2 text), 2024", url: "http://www.lawbriefpublishing.com/2024/12/free-chapter-from-a-practical-guide-to-county-lines-human-trafficking-and-exploitation-by-gerwyn-wise/" };
pub const S9: Source = Source {
    key: "9",
    citation: "Modern Slavery Act 2015, Explanatory Notes",
    url: "https://www.legislation.gov.uk/ukpga/2015/30/notes",
};
pub const S10: Source = Source {
    key: "10",
    citation: "MSA 2015 s3",
    url: "https://www.legislation.gov.uk/ukpga/2015/30/section/3/data.html",
};
pub const S11: Source = Source {
    key: "11",
    citation: "MSA 2015 Explanatory Notes, s3 (paras 30–35)",
    url: "https://www.legislation.gov.uk/ukpga/2015/30/notes/division/5/1/3",
};
pub const S11A: Source = Source { key: "11a", citation: "College of Policing, APP \"Types of modern slavery and human trafficking (Appendix A)\"", url: "https://production.copweb.aws.college.police.uk/app/major-investigation-and-public-protection/modern-slavery/types-modern-slavery-and-human-trafficking" };
pub const S12: Source = Source {
    key: "12",
    citation:
        "NPCC Modern Slavery & Organised Immigration Crime Unit, \"Modern Slavery Legislation\"",
    url: "https://www.npcc-msoicu.co.uk/about-msoic/legislation/",
};
pub const S14A: Source = Source { key: "14a", citation: "Home Office, Modern Slavery: National Referral Mechanism and Duty to Notify statistics UK, end of year summary 2023 (7 Mar 2024)", url: "https://www.gov.uk/government/statistics/modern-slavery-nrm-and-dtn-statistics-end-of-year-summary-2023" };
pub const S14B: Source = Source { key: "14b", citation: "Home Office, Modern Slavery: National Referral Mechanism and Duty to Notify statistics UK, end of year summary 2022 (2 Mar 2023)", url: "https://www.gov.uk/government/statistics/modern-slavery-national-referral-mechanism-and-duty-to-notify-statistics-uk-end-of-year-summary-2022" };
pub const S14C: Source = Source { key: "14c", citation: "Home Office, Modern Slavery: National Referral Mechanism and Duty to Notify statistics UK, end of year summary, 2021 (3 Mar 2022)", url: "https://www.gov.uk/government/statistics/modern-slavery-national-referral-mechanism-and-duty-to-notify-statistics-uk-end-of-year-summary-2021" };
pub const S14D: Source = Source { key: "14d", citation: "Home Office, Modern Slavery: National Referral Mechanism and Duty to Notify statistics UK, Quarter 4 2022 (2 Mar 2023)", url: "https://www.gov.uk/government/statistics/modern-slavery-national-referral-mechanism-and-duty-to-notify-statistics-uk-october-to-december-2022" };
pub const S14E: Source = Source { key: "14e", citation: "Home Office, Modern Slavery: National Referral Mechanism and Duty to Notify statistics UK, Quarter 1 2023 (updated 11 Jul 2024)", url: "https://gov.uk/government/statistics/modern-slavery-national-referral-mechanism-and-duty-to-notify-statistics-uk-january-to-march-2023" };
pub const S15: Source = Source { key: "15", citation: "Home Office, \"Annex: An analysis of NRM referrals and DtN reports … 2023 to 2024\" (6 Mar 2025)", url: "https://gov.uk/government/statistics/modern-slavery-nrm-and-dtn-statistics-end-of-year-summary-2024" };
pub const S15A: Source = Source { key: "15a", citation: "Home Office, \"Annex: … 2024 to 2025\" (19 Feb 2026)", url: "https://www.gov.uk/government/statistics/modern-slavery-nrm-and-dtn-statistics-end-of-year-summary-2025" };
pub const S15B: Source = Source { key: "15b", citation: "Home Office, Modern slavery: NRM and DtN statistics UK, quarter 4 2025 (19 Feb 2026)", url: "https://www.gov.uk/government/statistics/modern-slavery-nrm-and-dtn-statistics-october-to-december-2025" };
pub const S16: Source = Source {
    key: "16",
    citation:
        "National Crime Agency, \"2013 National Referral Mechanism data published\" (news release)",
    url: "",
};
pub const S17: Source = Source { key: "17", citation: "Prevent Child Abuse blog, 18 Feb 2014 (NCA 2013 figures)", url: "https://preventchildabuseblog.wordpress.com/2014/02/18/1700-potential-child-abuse-trafficking-victims/" };
pub const S18: Source = Source { key: "18", citation: "Halton & St Helens VCA, \"Duty to Notify Modern Slavery Materials\" (Home Office factsheet text)", url: "https://www.haltonsthelensvca.org.uk/duty-notify-modern-slavery-materials" };
pub const S19: Source = Source {
    key: "19",
    citation: "Home Office, \"Modern slavery training: resource page\" (updated 2 Sept 2021)",
    url: "https://www.gov.uk/government/publications/modern-slavery-training-resource-page",
};
pub const S20: Source = Source {
    key: "20",
    citation: "Parliament Today / Russell Webster, NCA 2017 NRM summary (26 Mar 2018)",
    url: "https://www.parliamenttoday.com/free/viewnews.html?id=100528",
};
pub const S21: Source = Source { key: "21", citation: "National Crime Agency, National Referral Mechanism Statistics – End of Year Summary 2018 (20 March 2019)", url: "" };
pub const S22: Source = Source {
    key: "22",
    citation:
        "The Clewer Initiative, summary of Home Office 2020 UK Annual Report on Modern Slavery",
    url: "https://theclewerinitiative.org/blog/home-offices-annual-report-on-modern-slavery",
};
pub const S23: Source = Source {
    key: "23",
    citation:
        "Wakefield safeguarding adults procedures (adapted from the statutory guidance; Sept 2024)",
    url: "https://wynyy-wakefield.trixonline.co.uk/chapter/modern-slavery",
};
pub const S23A: Source = Source {
    key: "23a",
    citation: "Human Trafficking Experts blog, 2020 end-of-year summary",
    url: "https://humantraffickingexperts.com/blog/?p=626",
};
pub const S24: Source = Source {
    key: "24",
    citation: "UNICEF IRC Glossary, \"Slavery\"",
    url: "https://www.unicef-irc.org/php/Thesaurus/Glossary_Display.php?PoPuP=Yes&GLOSS_ID=383",
};
pub const S25: Source = Source { key: "25", citation: "e-lawresources, \"Article 4 ECHR\"", url: "https://e-lawresources.co.uk/article-4-european-convention-on-human-rights-prohibition-of-slavery" };
pub const S26: Source = Source {
    key: "26",
    citation: "ILO, Forced Labour Convention, 1930 (No. 29), Article 2",
    url: "https://normlex.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C029",
};
pub const S27: Source = Source {
    key: "27",
    citation: "GLAA, \"Is the GLAA the correct enforcement body for you?\"",
    url: "https://gla.gov.uk/report-issues/is-the-glaa-the-correct-enforcement-body-for-you",
};
pub const S28: Source = Source {
    key: "28",
    citation: "Devon & Cornwall (MECC Link) Modern Slavery page",
    url: "https://www.mecclink.co.uk/devon-and-cornwall-leph/modern-slavery/",
};
pub const S29: Source = Source {
    key: "29",
    citation: "Human Trafficking and Exploitation (Scotland) Act 2015 (asp 12)",
    url: "https://www.legislation.gov.uk/asp/2015/12",
};
pub const S30: Source = Source { key: "30", citation: "Scottish Government, \"Human Trafficking and Exploitation (Scotland) Act 2015: guide\", Part One", url: "https://www.gov.scot/publications/human-trafficking-exploitation-scotland-act-2015-guide/pages/2/" };
pub const S31: Source = Source {
    key: "31",
    citation: "HTE(S)A 2015 Explanatory Notes",
    url: "https://www.legislation.gov.uk/asp/2015/12/notes",
};
pub const S32: Source = Source {
    key: "32",
    citation: "Scottish Government, s38 consultation p.5 (TEPOs/TEROs)",
    url: "",
};
pub const S33: Source = Source {
    key: "33",
    citation: "NI Act 2015 Explanatory Notes (Royal Assent 13 Jan 2015)",
    url: "https://www.legislation.gov.uk/nia/2015/2/notes",
};
pub const S34: Source = Source { key: "34", citation: "PSNI, \"Modern slavery and human trafficking\"", url: "https://www.psni.police.uk/safety-and-support/advice-and-information/modern-slavery-and-human-trafficking" };
pub const S35: Source = Source {
    key: "35",
    citation: "NI Act 2015 s1 (enacted)",
    url: "https://www.legislation.gov.uk/nia/2015/2/body/enacted/data.htm",
};
pub const S36: Source = Source {
    key: "36",
    citation: "NI Act 2015 s2",
    url: "https://www.legislation.gov.uk/nia/2015/2/section/2/enacted/data.html",
};
pub const S37: Source = Source {
    key: "37",
    citation: "Justice (Sexual Offences and Trafficking Victims) Act (NI) 2022, Part 2",
    url: "https://www.legislation.gov.uk/nia/2022/19/part/2/enacted",
};
pub const S38: Source = Source {
    key: "38",
    citation: "JSOTV(NI) 2022 Explanatory Notes Part 2",
    url: "https://legislation.gov.uk/nia/2022/19/notes/division/3/2",
};
pub const S39: Source = Source {
    key: "39",
    citation: "Southwell & Partners, Q4 and 2023 NRM summary",
    url: "https://southwellandpartners.com/?p=884",
};
pub const S40: Source = Source {
    key: "40",
    citation: "The Clewer Initiative, \"The modern slavery landscape\" (21 Mar 2023)",
    url: "https://theclewerinitiative.org/blog/the-modern-slavery-landscape",
};
pub const S41: Source = Source { key: "41", citation: "YJLC, \"The Home Office End of Year Statistics on Modern Slavery\" (2022)", url: "https://yjlc.uk/resources/legal-updates/modern-slavery-home-office-publishes-its-end-year-statistics" };
pub const S42: Source = Source { key: "42", citation: "Hope for Justice, \"Highest ever number of potential victims … 2022\"", url: "https://hopeforjustice.org/news/highest-ever-number-of-potential-victims-of-modern-slavery-identified-in-the-uk-2022" };
pub const S43: Source = Source { key: "43", citation: "Home Office, Modern Slavery: National Referral Mechanism and Duty to Notify statistics UK, end of year summary 2024", url: "https://www.gov.uk/government/collections/national-referral-mechanism-statistics" };
pub const S44: Source = Source {
    key: "44",
    citation: "Evelaw (D. Whittle), MSA in force 31 July 2015",
    url: "https://evelaw.deborahwhittle.com/?p=539",
};
pub const S44A: Source = Source { key: "44a", citation: "Home Office, National Referral Mechanism Statistics Quarter 2 2019 (HOSB 16/19)", url: "https://vdocument.in/quarter-2-2019-april-to-june-govuk-national-referral-mechanism-statistics.html" };
pub const S45: Source = Source { key: "45", citation: "Manchester / Trafford safeguarding procedures (DtN 2020 = 2,175); Lancashire Safeguarding, \"Modern Slavery: Duty to notify\" (2016)", url: "https://www.manchproviderappp.co.uk/modern-slavery/" };
pub const S46: Source = Source {
    key: "46",
    citation: "HM Government, Modern Slavery Strategy (Nov 2014), gov.uk policy page",
    url: "https://www.gov.uk/government/publications/modern-slavery-strategy",
};
pub const S46A: Source = Source {
    key: "46a",
    citation: "HM Government, Modern Slavery Strategy (November 2014)",
    url: "https://www.gov.uk/government/publications/modern-slavery-strategy",
};
pub const S47: Source = Source {
    key: "47",
    citation: "The Salvation Army, \"Supporting survivors\"",
    url: "https://www.salvationarmy.org.uk/modern-slavery/supporting-survivors",
};
pub const S47A: Source = Source {
    key: "47a",
    citation: "Somtribune / Evangelicals Now, GSI 2016 (11,700 UK)",
    url: "https://somtribune.com/2016/06/01/ten-countries-world-slavery-still-rampant",
};
pub const S48: Source = Source {
    key: "48",
    citation: "City Hearts, \"Modern Slavery Referral Number\" (change from 4 Jan 2021)",
    url: "https://cityhearts.global/modern-slavery-referral-number",
};
pub const S48A: Source = Source { key: "48a", citation: "Walk Free, \"More than 136,000 people are living in modern slavery in the United Kingdom\" (18 Jul 2018)", url: "https://www.walkfree.org/news/2018/more-than-136000-people-are-living-in-modern-slavery-in-the-united-kingdom/" };
pub const S48B: Source = Source {
    key: "48b",
    citation: "Embrace NI, \"Modern slavery\" category page (GSI 2016 estimate)",
    url: "https://www.embraceni.org/category/modern-slavery/",
};
pub const S49: Source = Source {
    key: "49",
    citation: "Walk Free, Global Slavery Index 2023, UK country study",
    url: "https://www.walkfree.org/global-slavery-index/country-studies/united-kingdom/",
};
pub const S50: Source = Source { key: "50", citation: "ILO, Walk Free, IOM, Global Estimates of Modern Slavery: Forced Labour and Forced Marriage (12 Sep 2022), ILO page", url: "https://www.ilo.org/global/topics/forced-labour/publications/WCMS_854733/" };
pub const S51: Source = Source {
    key: "51",
    citation: "Unseen, \"Partners join Unseen to launch Helpline Report\" (2018 assessment)",
    url: "https://www.unseenuk.org/news/78",
};
pub const S51A: Source = Source { key: "51a", citation: "The Face, \"Inside the UK's only Modern Slavery Helpline\"", url: "https://theface.com/society/modern-slavery-helpline-uk-labour-exploitation-human-trafficking-crime" };
pub const S51B: Source = Source { key: "51b", citation: "The Clewer Initiative, \"The Modern Slavery & Exploitation Helpline turns 5!\" (25 Oct 2021)", url: "https://theclewerinitiative.org/blog/the-modern-slavery-exploitation-helpline-turns-5" };
pub const S51C: Source = Source { key: "51c", citation: "Straits Times (Thomson Reuters Foundation), 31 Oct 2019", url: "https://www.straitstimes.com/world/europe/calls-to-tackle-slavery-in-british-nail-bar-sector" };
pub const S51D: Source = Source {
    key: "51d",
    citation: "Unseen, \"Modern slavery helpline calls at record high\" (2022 assessment)",
    url: "https://www.unseenuk.org/modern-slavery-helpline-calls-at-record-high/",
};
pub const S51E: Source = Source { key: "51e", citation: "Unseen, \"Calls to modern slavery helpline rise for fourth year running\" (2023 assessment)", url: "https://www.unseenuk.org/calls-to-modern-slavery-helpline-rise-for-fourth-year-running/" };
pub const S51F: Source = Source { key: "51f", citation: "Lombard Letter / Sky News report on 2023 assessment (17 Apr 2024)", url: "https://lombardletter.com/2024/04/17/modern-slavery-helpline-receives-record-number-of-calls-in-2023-report-finds/" };
pub const S52: Source = Source {
    key: "52",
    citation: "Trust for London / ELAN, \"What's needed from the Fair Work Agency\" (7 Apr 2026)",
    url: "https://trustforlondon.org.uk/news/whats-needed-fair-work-agency",
};
pub const S53: Source = Source { key: "53", citation: "Dutton Gregory, \"The Fair Work Agency: The New Enforcement Reality for Employers\" (24 Apr 2026)", url: "https://www.duttongregory.co.uk/news/the-fair-work-agency-the-new-enforcement-reality-for-employers/" };
pub const S54: Source = Source { key: "54", citation: "Brightmine HR Centre, \"Establishment of Fair Work Agency\"", url: "https://hrcentre.uk.brightmine.com/legal-timetable/establishment-of-fair-work-agency-to-enforce-employment-rights/167381" };
pub const S55: Source = Source {
    key: "55",
    citation: "Care Appointments / Daily Telegraph on CPS Modern Slavery Report 2017–18 (Aug 2018)",
    url: "https://careappointments.com/care-news/england/103391",
};
pub const S56: Source = Source {
    key: "56",
    citation: "House of Lords Modern Slavery Act 2015 Committee, HL Paper 8, ch.4 (para 129)",
    url: "https://publications.parliament.uk/pa/ld5901/ldselect/ldmodslav/8/807.htm",
};
pub const S57: Source = Source {
    key: "57",
    citation: "Lords debate 28 Mar 2025, Baroness Goudie (Parallel Parliament)",
    url: "https://parallelparliament.co.uk/mp/baroness-goudie/debate/Lords/2025-03-28",
};
pub const S58: Source = Source {
    key: "58",
    citation: "Devon & Somerset Fire & Rescue Service, \"Modern Slavery Act 2015\"",
    url: "https://dsfire.gov.uk/node/21788/printable/print",
};
pub const S59: Source = Source {
    key: "59",
    citation: "Slough Borough Council, \"Modern Slavery\"",
    url: "https://www.slough.gov.uk/council/strategies-plans-and-policies/modern-slavery.aspx",
};
pub const S60: Source = Source { key: "60", citation: "Hull Wilberforce Institute, \"Modern Slavery Statutory Guidance Updates\" (Jan 2023)", url: "https://www.hull.ac.uk/research/institutes/wilberforce/modern-slavery-statutory-guidance-updates" };
pub const S60A: Source = Source {
    key: "60a",
    citation: "HuffPost UK on GLAA report (sectors)",
    url: "",
};
pub const S61: Source = Source {
    key: "61",
    citation: "STOP THE TRAFFIK, Costa poster landing page (places of sexual exploitation)",
    url: "https://stopthetraffik.org/landing-page/costa-poster-lp/",
};
pub const S61X: Source = Source { key: "61x", citation: "YJLC, \"The Nationality and Borders Act 2022: Yet Another Setback…\"", url: "https://yjlc.uk/resources/legal-updates/nationality-and-borders-act-2022-yet-another-setback-victims-modern-slavery" };
pub const S62: Source = Source { key: "62", citation: "The Guardian, \"Police warn Somerset holiday home owners over pop-up brothels\" (17 Oct 2019)", url: "https://www.theguardian.com/society/2019/oct/17" };
pub const S62X: Source = Source { key: "62x", citation: "Helen Bamber Foundation, \"New test for 'reasonable grounds' decisions … withdrawn\"", url: "https://www.helenbamber.org/resources/latest-news/new-test-reasonable-grounds-decisions-modern-slavery-guidance-withdrawn" };
pub const S63: Source = Source {
    key: "63",
    citation: "Slough Borough Council (county lines, cuckooing)",
    url: "https://slough.gov.uk/council/strategies-plans-and-policies/modern-slavery.aspx",
};
pub const S63A: Source = Source {
    key: "63a",
    citation: "Anti-Slavery Partnership (aspartnership.org.uk), \"Types of Slavery\"",
    url: "https://www.aspartnership.org.uk/types-of-slavery",
};
pub const S63B: Source = Source {
    key: "63b",
    citation: "Anti-Trafficking Hub (athub.org.uk), \"NRM decisions and challenges\"",
    url: "https://athub.org.uk/knowledge-base/nrm-decisions-and-challenges/",
};
pub const S63X: Source = Source {
    key: "63x",
    citation: "Anti-Trafficking Hub (athub.org.uk), \"NRM decisions and challenges\"",
    url: "https://athub.org.uk/knowledge-base/nrm-decisions-and-challenges/",
};
pub const S64: Source = Source { key: "64", citation: "legislation.gov.uk, Illegal Migration Act 2023, \"Modern slavery\" cross-heading (prospective)", url: "https://www.legislation.gov.uk/ukpga/2023/37/crossheading/modern-slavery" };
pub const S64A: Source = Source { key: "64a", citation: "Foreigners in UK (CSJ press release), \"Ministers clueless about scale of UK slavery – report\"", url: "https://foreignersinuk.co.uk/news/news-371643/ministers-clueless-about-scale-of-uk-slavery-report/" };
pub const S65: Source = Source {
    key: "65",
    citation: "Free Movement, \"The Illegal Migration Act 2023: what has changed?\"",
    url: "https://freemovement.org.uk/the-illegal-migration-act-2023-what-has-changed/",
};
pub const S65B: Source = Source {
    key: "65b",
    citation: "Our Watch (Neighbourhood Watch), \"Types of modern slavery\"",
    url: "https://www.ourwatch.org.uk/crimes-archive/types-of-modern-slavery/",
};
pub const S66: Source = Source { key: "66", citation: "Free Movement, \"The Border Security, Asylum and Immigration Act 2025 is in force – what has changed?\"", url: "https://freemovement.org.uk/?p=219895" };
pub const S66B: Source = Source { key: "66b", citation: "National Crime Agency, Strategic Assessment: The Nature and Scale of Human Trafficking in 2013 (30 September 2014)", url: "" };
pub const S67: Source = Source {
    key: "67",
    citation: "Modern Slavery PEC, submission to JCHR on BSAI Bill (18 Jun 2025); JUSTICE briefing",
    url: "https://www.modernslaverypec.org/resources/border-security-asylum-and-immigration-bill",
};
pub const S67B: Source = Source {
    key: "67b",
    citation: "Leeds Safeguarding Children Partnership; Islington SAB (forced marriage listed)",
    url: "https://www.leedsscp.org.uk/Practitioners/Modern-Slavery",
};
pub const S68: Source = Source {
    key: "68",
    citation: "Unseen, FAQs for potential victims",
    url: "https://www.unseenuk.org/faqs-potential-victims/",
};
pub const S69: Source = Source {
    key: "69",
    citation: "Thurrock CVS, \"Modern Slavery & Human Trafficking, what is it?\"",
    url: "https://thurrockcvs.org/modern-slavery-human-trafficking-what-is-it/",
};
pub const S70: Source = Source { key: "70", citation: "Home Office Analysis and Insight (C. Cooper, O. Hesketh, N. Ellis and A. Fair), A typology of modern slavery offences in the UK", url: "" };
pub const S71: Source = Source {
    key: "71",
    citation: "STOP THE TRAFFIK, \"Spot the Signs: Labour Exploitation\"",
    url: "https://stopthetraffik.org/what-is-human-trafficking/spot-the-signs/labour-exploitation/",
};
pub const S72: Source = Source { key: "72", citation: "UNODC (United Nations Office on Drugs and Crime), Human Trafficking Indicators (leaflet, undated)", url: "https://www.unodc.org/pdf/HT_indicators_E_LOWRES.pdf" };
pub const S72A: Source = Source { key: "72a", citation: "UNODC (United Nations Office on Drugs and Crime), Human Trafficking Indicators (leaflet, undated)", url: "https://www.unodc.org/pdf/HT_indicators_E_LOWRES.pdf" };
pub const S73: Source = Source { key: "73", citation: "Home Office, Modern slavery: statutory guidance for England and Wales (under s49 of the Modern Slavery Act 2015) and non-statutory guidance for Scotland and Northern Ireland", url: "https://www.gov.uk/government/publications/modern-slavery-how-to-identify-and-support-victims" };
pub const S74: Source = Source { key: "74", citation: "Home Office, statutory guidance accessible version v3.8 (updated 22 Feb 2024)", url: "https://www.gov.uk/government/publications/modern-slavery-how-to-identify-and-support-victims" };
pub const S75: Source = Source { key: "75", citation: "West Sussex SAB (refers to HO \"Modern Slavery Awareness & Victim Identification Guidance\")", url: "https://www.westsussexsab.org.uk/what-is-safeguarding/types-of-abuse/modern-slavery/" };
pub const S76: Source = Source { key: "76", citation: "Home Office, Modern slavery awareness booklet, published on the Home Office page \"Modern slavery training: resource page\" (updated 2 September 2021)", url: "https://www.gov.uk/government/publications/modern-slavery-training-resource-page/modern-slavery-training-resource-page" };
pub const S77: Source = Source { key: "77", citation: "Local Government Association and Independent Anti-Slavery Commissioner, Modern slavery: a council guide (2017)", url: "" };
pub const S78: Source = Source {
    key: "78",
    citation: "Modern Slavery & Exploitation Helpline, Scotland page",
    url: "https://www.modernslaveryhelpline.org/scotland",
};
pub const S79: Source = Source {
    key: "79",
    citation: "SW9 safeguarding toolkit; Harborough DC; Portsmouth SAB (same list)",
    url: "https://www.sw9.org.uk/advice-and-support/sw9s-safeguarding-toolkit/modern-slavery/",
};
pub const S80: Source = Source {
    key: "80",
    citation: "Lichfield District Council, \"Possible signs of modern slavery\"",
    url: "https://lichfielddc.gov.uk/community/modern-day-slavery/2",
};
pub const S81: Source = Source {
    key: "81",
    citation: "House of Lords MSA 2015 Committee report, paras 242–245 (IASC)",
    url: "https://publications.parliament.uk/pa/ld5901/ldselect/ldmodslav/8/809.htm",
};
pub const S81A: Source = Source { key: "81a", citation: "West Midlands Anti-Slavery Network, \"Spot the Signs: Trafficking\" and \"General Indicators\"", url: "https://westmidlandsantislavery.org/spot-the-signs-trafficking/" };
pub const S82: Source = Source {
    key: "82",
    citation:
        "Care Appointments, \"Deputy Children's Commissioner appointed to anti-slavery role\"",
    url: "https://careappointments.com/care-news/england/200230",
};
pub const S82A: Source = Source {
    key: "82a",
    citation: "Neighbourhood Watch (Our Watch), \"Spotting the signs\"",
    url: "https://www.ourwatch.org.uk/modern-slavery/spotting-the-signs",
};
pub const S83: Source = Source {
    key: "83",
    citation: "Irish DoJ Blue Blindfold, \"Labour exploitation\" (UNODC list)",
    url: "https://blueblindfold.ie/labour-exploitation",
};
pub const S84: Source = Source {
    key: "84",
    citation: "GLA, \"Labour Exploitation: Spotting the signs\" (2015) — summary",
    url: "",
};
pub const S85: Source = Source {
    key: "85",
    citation: "Gangmasters Licensing Authority and Home Office, Spotting the signs of slavery",
    url: "",
};
pub const S86: Source = Source {
    key: "86",
    citation:
        "End-Trafficking.org, \"How to identify a victim – sexual exploitation\" (UNODC list)",
    url: "https://end-trafficking.org/2021/02/18/how-to-identify-a-victim-sexual-exploitation/",
};
pub const S87: Source = Source {
    key: "87",
    citation: "Irish DoJ Blue Blindfold, \"Sexual Exploitation\"",
    url:
        "http://blueblindfold.gov.ie/website/bbf/bbfweb.nsf/page/knowthesigns-sexualexploitation-en",
};
pub const S88: Source = Source {
    key: "88",
    citation: "West Midlands Anti-Slavery Network, \"Sexual exploitation\"",
    url: "https://westmidlandsantislavery.org/sexual-exploitation-2/",
};
pub const S89: Source = Source {
    key: "89",
    citation: "STOP THE TRAFFIK, \"Sense it. Spot it.\" Sexual Exploitation scenario",
    url: "https://www.stopthetraffik.org/spot/scenario/3.html",
};
pub const S90: Source = Source { key: "90", citation: "West Midlands Police, \"Modern Slavery\" advice page", url: "https://www.west-midlands.police.uk/advice-centre/help-and-advice/modern-slavery/index.aspx" };
pub const S91: Source = Source {
    key: "91",
    citation: "KentOnline, \"Could there be a brothel…\"",
    url: "https://kentonline.co.uk/maidstone/news/could-there-be-a-brothel-134003",
};
pub const S92: Source = Source {
    key: "92",
    citation: "West Midlands Anti-Slavery Network, \"Domestic Servitude\"",
    url: "https://westmidlandsantislavery.org/domestic-servitude-2/",
};
pub const S93: Source = Source { key: "93", citation: "Saudi National Committee to Combat Human Trafficking, \"Indicators of trafficking\" (UNODC-based)", url: "https://www.ncct.gov.sa/trafficking-indicator" };
pub const S94: Source = Source { key: "94", citation: "Ask the Police, \"Human Trafficking / Modern Slavery\" (county lines signs)", url: "https://www.askthe.police.uk/categories-directory/~/view-category/?id=dfad920f-6ad2-eb11-bacb-000d3ad57443" };
pub const S95: Source = Source {
    key: "95",
    citation: "Safeguarding Adults York, \"Modern Slavery\" (cuckooing)",
    url: "https://www.safeguardingadultsyork.org.uk/safeguarding/modern-slavery",
};
pub const S96: Source = Source { key: "96", citation: "Bedfordshire Police, \"Cannabis factories\"", url: "https://www.bedfordshire.police.uk/information-and-services/Advice/Drugs/Cannabis-factories" };
pub const S97: Source = Source {
    key: "97",
    citation: "Neighbourhood Alert, \"Cannabis farm's know the signs\"",
    url: "https://www.neighbourhoodalert.co.uk/Alerts/A/328273/Cannabis-farms-know-the-signs",
};
pub const S98: Source = Source {
    key: "98",
    citation: "Hemel Today (Herts Police list), 17 Apr 2019",
    url: "https://www.hemeltoday.co.uk/news/crime",
};
pub const S99: Source = Source {
    key: "99",
    citation: "Property Marketplace (Northamptonshire Police)",
    url: "https://www.propertymarketplace.uk/news/show/20",
};
pub const S100: Source = Source {
    key: "100",
    citation: "Irish DoJ Blue Blindfold, \"Child trafficking\" (UNODC list)",
    url: "http://blueblindfold.gov.ie/en/bbf/pages/child_trafficking",
};
pub const S101: Source = Source {
    key: "101",
    citation: "Parliament Today, NI Justice Minister Anti-Slavery Day release",
    url: "https://www.parliamenttoday.com/free/viewnews.html?id=168671",
};
pub const S102: Source = Source {
    key: "102",
    citation: "Modern Slavery Act 2015, s51 (presumption about age)",
    url: "https://www.legislation.gov.uk/ukpga/2015/30/section/51",
};
pub const S103: Source = Source { key: "103", citation: "Sandwell MBC, \"Identifying Modern Slavery in a House Next Door\" and \"Identifying a Brothel\"", url: "https://www.sandwell.gov.uk/modern-slavery/identifying-modern-slavery/2" };
pub const S104: Source = Source {
    key: "104",
    citation: "City Hearts, \"Spot the Signs\"",
    url: "https://cityhearts.global/spot-signs",
};
pub const S105: Source = Source { key: "105", citation: "Teamwork against trafficking for labour exploitation, \"Housing\"", url: "https://www.teamwork-against-trafficking-for-labour-exploitation.nl/introduction/process/housing" };
pub const S106: Source = Source {
    key: "106",
    citation: "LandlordNews, Thames Valley Police landlord questions",
    url: "https://landlordnews.co.uk/landlords-and-agents-called-to-help-detect-modern-slavery/amp",
};
pub const S107: Source = Source {
    key: "107",
    citation: "Local Government Association, Tackling modern slavery: a guide for landlords (2020)",
    url: "https://www.local.gov.uk/publications/tackling-modern-slavery-guide-landlords",
};
pub const S108: Source = Source {
    key: "108",
    citation: "LandlordVision, \"Slum landlord overcrowding\"",
    url: "https://landlordvision.co.uk/blog/slum-landlord-overcrowding/feed",
};
pub const S109: Source = Source {
    key: "109",
    citation: "Landlord Today, Coventry HMO (Jun 2024)",
    url: "https://www.landlordtoday.co.uk/breaking-news/2024/06",
};
pub const S110: Source = Source {
    key: "110",
    citation: "Northampton Chronicle, 29 Oct 2019",
    url: "https://www.northamptonchron.co.uk/news/politics",
};
pub const S111: Source = Source {
    key: "111",
    citation: "Santa Marta Group, \"Safe Car Wash App\"",
    url: "https://santamartagroup.com/safe-car-wash-app/",
};
pub const S112: Source = Source {
    key: "112",
    citation: "Thirsk School, \"Safe Car Wash initiative\"",
    url: "https://thirskschool.org/safe-car-wash-initiative/",
};
pub const S113: Source = Source {
    key: "113",
    citation: "RAC Drive, slavery/hand car wash article",
    url: "https://racapi.whitespacers.com/drive/news/motoring-news/slavery-hand-car-wash",
};
pub const S114: Source = Source { key: "114", citation: "Diocese of Guildford, \"App celebrates six years…\"", url: "https://cofeguildford.org.uk/about-us/news/app-celebrates-six-years-in-the-fight-against-modern-slavery.php" };
pub const S115: Source = Source {
    key: "115",
    citation: "The Clewer Initiative, \"Safe Car Wash App aids investigation\" (7 May 2024)",
    url: "https://theclewerinitiative.org/blog/safe-car-wash-app-aids-investigation",
};
pub const S116: Source = Source {
    key: "116",
    citation: "LGA First, \"Disrupting modern slavery\"",
    url: "https://www.lgafirst.co.uk/features/disrupting-modern-slavery/",
};
pub const S117: Source = Source { key: "117", citation: "Local Government Association, Tackling labour abuse and modern slavery in the hand car wash sector: council guidance (2020)", url: "https://www.local.gov.uk/tackling-labour-abuse-and-modern-slavery-hand-car-wash-sector" };
pub const S118: Source = Source { key: "118", citation: "The Guardian, \"Slavery report sounds alarm over Vietnamese nail bar workers\" (11 Sep 2017)", url: "https://www.theguardian.com/world/2017/sep/11" };
pub const S119: Source = Source {
    key: "119",
    citation: "Together Free, \"Spot the signs\"",
    url: "https://www.togetherfree.org.uk/spot-the-signs",
};
pub const S120: Source = Source { key: "120", citation: "ILO publication page WCMS_105023", url: "https://www.ilo.org/global/topics/forced-labour/publications/WCMS_105023/lang--en/index.htm" };
pub const S121: Source = Source { key: "121", citation: "European Commission anti-trafficking site, \"Operational indicators of trafficking in human beings\" (ILO, 2009, 4 pages)", url: "https://ec.europa.eu/anti-trafficking/publications/operational-indicators-trafficking-human-beings_en" };
pub const S122: Source = Source { key: "122", citation: "Seafish (TESS), \"ILO Operational Indicators. Trafficking in human beings\"", url: "https://www.seafish.org/responsible-sourcing/tools-for-ethical-seafood-sourcing/records/ilo-operational-indicators-trafficking-in-human-beings/" };
pub const S123: Source = Source { key: "123", citation: "ILO publication page WCMS_105036 (\"Explanations for indicators of trafficking for sexual exploitation\")", url: "http://www.ilo.org/global/topics/forced-labour/publications/WCMS_105036/lang--en/index.htm" };
pub const S125: Source = Source { key: "125", citation: "Harborough District Council, modern slavery page (999 in immediate danger)", url: "https://harborough.gov.uk/info/20066/anti-social_behaviour/286/hate_prevent_and_exploitation/5" };
pub const S126: Source = Source { key: "126", citation: "Scottish Government, Human trafficking and exploitation: guidance for health workers, \"Further information and referral\"", url: "https://www.gov.scot/publications/human-trafficking-exploitation-health-workers-need-know/pages/14/" };
pub const S127: Source = Source {
    key: "127",
    citation: "NI Department of Justice, \"Modern slavery campaign\"",
    url: "https://www.justice-ni.gov.uk/articles/modern-slavery-campaign",
};
pub const S128: Source = Source {
    key: "128",
    citation: "Modern Slavery & Exploitation Helpline homepage",
    url: "https://www.modernslaveryhelpline.org",
};
pub const S129: Source = Source {
    key: "129",
    citation: "Modern Slavery Helpline, \"What happens when you call the Helpline?\"",
    url: "https://www.modernslaveryhelpline.org/about/what-happens-when-you-call-the-helpline",
};
pub const S130: Source = Source {
    key: "130",
    citation: "Modern Slavery Helpline, \"Statutory Agencies\"",
    url: "https://www.modernslaveryhelpline.org/information/statutory",
};
pub const S130A: Source = Source { key: "130a", citation: "Unseen, \"I work on the Modern Slavery Helpline and this is what I hear\" (19 Sep 2019) (24/7, over 200 languages)", url: "https://www.unseenuk.org/blog/i-work-on-the-modern-slavery-helpline-and-this-is-what-i-hear" };
pub const S131: Source = Source {
    key: "131",
    citation: "GLAA website header (Report Problems: 0800 432 0804)",
    url:
        "https://www.gla.gov.uk/who-we-are/modern-slavery/who-we-are-modern-slavery-spot-the-signs/",
};
pub const S132: Source = Source {
    key: "132",
    citation: "Medway Safeguarding Children Partnership, \"The National Referral Mechanism (NRM)\"",
    url: "https://www.medwayscp.org.uk/info/4/professionals/158/national-referral-mechanism-nrm",
};
pub const S133: Source = Source { key: "133", citation: "College of Policing APP, \"Guidance for police responders\" (Care Act 2014 s42; Children Act 2004 s11)", url: "https://production.copweb.aws.college.police.uk/app/major-investigation-and-public-protection/modern-slavery/guidance-police-responders" };
pub const S134: Source = Source {
    key: "134",
    citation: "Welsh Government, \"Modern slavery: guidance for professionals\" (5 Jun 2019)",
    url: "https://www.gov.wales/modern-slavery-guidance-professionals",
};
pub const S135: Source = Source { key: "135", citation: "Amma Birth Companions, interview with TARA service manager", url: "https://www.ammabirthcompanions.com/post/human-trafficking-in-scotland-what-you-need-to-know" };
pub const S136: Source = Source {
    key: "136",
    citation: "Belfast & Lisburn Women's Aid, \"Anti-Slavery Week 2021: the Trafficking Project\"",
    url: "https://belfastwomensaid.org.uk/anti-slavery-week-2021/",
};
pub const S137: Source = Source {
    key: "137",
    citation: "Embrace NI, \"Trafficking – the local situation\"",
    url: "https://www.embraceni.org/modern-slavery/trafficking-the-local-situation/",
};
pub const S138: Source = Source { key: "138", citation: "nidirect, \"Help and support for victims of human trafficking and slavery\"", url: "https://www.nidirect.gov.uk/articles/help-and-support-victims-human-trafficking-and-slavery" };
pub const S139: Source = Source { key: "139", citation: "SOCA (archived), \"Statistical Data – NRM\"", url: "https://webarchive.nationalarchives.gov.uk/20130812095745/http:/www.soca.gov.uk/about-soca/about-the-ukhtc/national-referral-mechanism/statistics" };
pub const S141: Source = Source {
    key: "141",
    citation: "NI DoJ, Northern Ireland Human Trafficking and Modern Slavery Strategy 2016/17",
    url: "",
};
pub const S142: Source = Source {
    key: "142",
    citation: "Medway Safeguarding Children Partnership, \"The National Referral Mechanism (NRM)\"",
    url: "https://www.medwayscp.org.uk/info/4/professionals/158/national-referral-mechanism-nrm",
};
pub const S143: Source = Source { key: "143", citation: "Pro-Action Herts, \"process has moved to online\" (20 Sep 2019)", url: "https://www.pro-actionherts.org/index.php?p=news/modern-slavery-cse-human-trafficking-process-has-moved-to-online" };
pub const S144: Source = Source {
    key: "144",
    citation: "Constabulary.org.uk, \"Detailed guide: Report modern slavery as a First Responder\"",
    url: "https://constabulary.org.uk/detailed-guide-report-modern-slavery-as-a-first-responder/",
};
pub const S145: Source = Source { key: "145", citation: "Council of Europe, \"The Convention on Action against Trafficking in Human Beings\" (Gender Matters)", url: "https://www.coe.int/en/web/gender-matters/the-convention-on-action-against-trafficking" };
pub const S146: Source = Source { key: "146", citation: "Home Office, \"Nationality and Borders Bill: abuse of modern slavery protections factsheet\" (updated 13 Oct 2023)", url: "https://www.gov.uk/government/publications/nationality-and-borders-bill-abuse-of-modern-slavery-protections-factsheet" };
pub const S147: Source = Source {
    key: "147",
    citation: "Sefton LSCB procedures (older first responder list)",
    url: "",
};
pub const S148: Source = Source { key: "148", citation: "Plymouth City Council, Tackling Modern Slavery and Human Trafficking NRM Toolkit v1.0 (June 2017)", url: "https://www.plymouth.gov.uk/tackling-modern-slavery-and-human-trafficking-toolkit" };
pub const S149: Source = Source {
    key: "149",
    citation: "West Midlands Anti-Slavery Network, \"First responders and consent\"",
    url: "https://westmidlandsantislavery.org/first-responders-and-consent/",
};
pub const S150: Source = Source {
    key: "150",
    citation: "STOP THE TRAFFIK, \"The process of the NRM\"",
    url: "https://www.stopthetraffik.org/spot/how-does-it-work.html",
};
pub const S151: Source = Source {
    key: "151",
    citation: "West Sussex SAB, \"Reporting Modern Slavery\"",
    url: "https://www.westsussexsab.org.uk/reporting-modern-slavery/",
};
pub const S152: Source = Source {
    key: "152",
    citation: "Home Office, \"Modern slavery: duty to notify\" (factsheet and posters)",
    url: "https://gov.uk/government/publications/modern-slavery-duty-to-notify",
};
pub const S153: Source = Source {
    key: "153",
    citation: "Stop Exploitation Herts, professionals page (MS1 for non-consenting adults)",
    url: "https://www.stopexploitationherts.org.uk/professionals/professionals.aspx",
};
pub const S154: Source = Source {
    key: "154",
    citation: "MSA 2015 s52 (legislation.gov.uk)",
    url: "https://legislation.gov.uk/id/ukpga/2015/30/section/52/1",
};
pub const S155: Source = Source {
    key: "155",
    citation: "Home Office, Circular 025/2015 (2 Nov 2015)",
    url: "https://www.gov.uk/government/publications",
};
pub const S156: Source = Source { key: "156", citation: "Halton & St Helens VCA, \"Duty to Notify Modern Slavery Materials\" (Home Office factsheet text)", url: "https://www.haltonsthelensvca.org.uk/duty-notify-modern-slavery-materials" };
pub const S157: Source = Source {
    key: "157",
    citation: "Liverpool SCP, \"Modern Day Slavery\"",
    url: "https://liverpoolscp.org.uk/scp/professionals-volunteers/modern-day-slavery",
};
pub const S158: Source = Source {
    key: "158",
    citation: "Hansard, House of Lords, Modern Slavery Bill, committee stage (10 December 2014)",
    url: "",
};
pub const S159: Source = Source {
    key: "159",
    citation: "HTE(S)A 2015 s38 (enacted)",
    url: "https://legislation.gov.uk/asp/2015/12/section/38/enacted",
};
pub const S160: Source = Source {
    key: "160",
    citation: "Scottish Government, s38 consultation, pp.3–4",
    url: "",
};
pub const S161: Source = Source {
    key: "161",
    citation: "NI Act 2015 Explanatory Notes, s13",
    url: "https://www.legislation.gov.uk/nia/2015/2/notes/division/4/13",
};
pub const S162: Source = Source { key: "162", citation: "Irish Legal News, \"Northern Ireland to strengthen criminal justice response to modern slavery\" (2022)", url: "https://irishlegal.com/articles/northern-ireland-to-strengthen-criminal-justice-response-to-modern-slavery" };
pub const S163: Source = Source { key: "163", citation: "Plymouth City Council, Tackling Modern Slavery and Human Trafficking NRM Toolkit v1.0 (June 2017)", url: "https://www.plymouth.gov.uk/tackling-modern-slavery-and-human-trafficking-toolkit" };
pub const S164: Source = Source { key: "164", citation: "GLAA, \"Information for partner organisations\"", url: "https://gla.gov.uk/who-we-are/modern-slavery/who-we-are-modern-slavery-information-for-partner-organisations" };
pub const S165: Source = Source {
    key: "165",
    citation: "Unseen, FAQs for professionals",
    url: "https://www.unseenuk.org/faqs-professionals/",
};
pub const S166: Source = Source { key: "166", citation: "College of Policing APP, \"Guidance for police responders\" (Care Act 2014 s42; Children Act 2004 s11)", url: "https://production.copweb.aws.college.police.uk/app/major-investigation-and-public-protection/modern-slavery/guidance-police-responders" };
pub const S167: Source = Source {
    key: "167",
    citation: "Nationality and Borders Act 2022 Explanatory Notes, Part 5 (s58)",
    url: "https://legislation.gov.uk/ukpga/2022/36/notes/division/10/index.htm",
};
pub const S168: Source = Source {
    key: "168",
    citation: "Modern Slavery PEC, Illegal Migration Act explainer",
    url: "https://modern-slavery.niceandserious.com/resources/migration-act-explainer",
};
pub const S169: Source = Source { key: "169", citation: "TheyWorkForYou, BSAI Bill Committee, 11 Mar 2025 (clause 38 repeals most of IMA)", url: "https://www.theyworkforyou.com/pbc/2024-25/Border_Security%2C_Asylum_and__Immigration_Bill/07-0_2025-03-11a.216.1" };
pub const S170: Source = Source {
    key: "170",
    citation: "CATW International, \"Understanding human trafficking\"",
    url: "https://catwinternational.org/the-challenge/understanding-human-trafficking/",
};
pub const S171: Source = Source { key: "171", citation: "Council of Europe, Compendium of good practices on the Council of Europe Convention on Action against Trafficking in Human Beings (2016)", url: "" };
pub const S172: Source = Source { key: "172", citation: "Council of Europe Convention on Action against Trafficking in Human Beings, UK Treaty Series No. 37 (2012), Cm 8414", url: "" };
pub const S173: Source = Source { key: "173", citation: "La Strada International, \"Convention on Action against Trafficking in Human Beings\"", url: "https://www.lastradainternational.org/convention-on-action-against-trafficking-in-human-beings/" };
pub const S174: Source = Source {
    key: "174",
    citation: "Southwell & Partners note on GRETA recovery-period guidance (24 Dec 2024)",
    url: "",
};
pub const S175: Source = Source {
    key: "175",
    citation: "Where Change Started (ECHR Art 4 text)",
    url: "https://www.wherechangestarted.com/anti-slavery/",
};
pub const S176: Source = Source {
    key: "176",
    citation: "HumanTraffickingSearch, Rantsev v. Cyprus and Russia extract (7 Jan 2010)",
    url: "",
};
pub const S177: Source = Source {
    key: "177",
    citation: "EUR-Lex summary, Directive 2011/36/EU",
    url: "http://eur-lex.europa.eu/legal-content/EN/TXT/?uri=URISERV:jl0058",
};
pub const S178: Source = Source {
    key: "178",
    citation:
        "GOV.UK, \"EU directive on human trafficking\" (written ministerial statement, 22 Mar 2011)",
    url: "https://gov.uk/government/speeches/eu-directive-on-human-trafficking",
};
pub const S179: Source = Source { key: "179", citation: "GOV.UK press release, \"Government seeks to join Europe-wide accord to tackle human trafficking\"", url: "https://www.gov.uk/government/news/government-seeks-to-join-europe-wide-accord-to-tackle-human-trafficking" };
pub const S180: Source = Source { key: "180", citation: "Modern Slavery PEC, \"UK Government Modern Slavery Strategy review briefing\" (23 Nov 2021)", url: "https://www.modernslaverypec.org/resources/modern-slavery-strategy-briefing" };
pub const S181: Source = Source { key: "181", citation: "Civil Service World, \"Home Office appoints first independent anti-slavery commissioner\" (14 Nov 2014)", url: "" };
pub const S182: Source = Source {
    key: "182",
    citation: "CARE, \"New Anti-Slavery Commissioner announced\"",
    url: "https://www.care.org.uk/news/latest-news/new-anti-slavery-commissioner-announced",
};
pub const S183: Source = Source {
    key: "183",
    citation: "MSA 2015 s45 (enacted)",
    url: "https://www.legislation.gov.uk/ukpga/2015/30/section/45/enacted",
};
pub const S184: Source = Source {
    key: "184",
    citation: "MSA Explanatory Notes paras 219–223",
    url: "https://www.legislation.gov.uk/ukpga/2015/30/notes",
};
pub const S185: Source = Source { key: "185", citation: "College of Policing APP, \"Section 45 statutory defence\"", url: "https://production.copweb.aws.college.police.uk/app/major-investigation-and-public-protection/modern-slavery/section-45-statutory-defence" };
pub const S186: Source = Source {
    key: "186",
    citation: "MSA 2015 Part 6 (s54) (legislation.gov.uk)",
    url: "https://legislation.gov.uk/ukpga/2015/30/part/6",
};
pub const S187: Source = Source {
    key: "187",
    citation: "Winlock, \"Modern Slavery Act 2015\" (six areas)",
    url: "https://winlock.co.uk/modern-slavery-act-news",
};
pub const S188: Source = Source {
    key: "188",
    citation: "Addleshaw Goddard (2016), £36m threshold",
    url: "https://www.addleshawgoddard.com/en/insights",
};
pub const S189: Source = Source {
    key: "189",
    citation: "Lexology (commencement of s54)",
    url: "https://www.lexology.com/library/detail.aspx?g=bd4e2d7c-a17a-4349-8b3f-e0f305969ac7",
};
pub const S190: Source = Source {
    key: "190",
    citation: "MSA 2015 Part 2 (ss14–15)",
    url: "https://www.legislation.gov.uk/ukpga/2015/30/part/2/data.xht",
};
pub const S191: Source = Source {
    key: "191",
    citation: "Modern Slavery Act 2015, s17(4) and s18",
    url: "https://www.legislation.gov.uk/ukpga/2015/30/section/17",
};
pub const S192: Source = Source {
    key: "192",
    citation: "MSA Explanatory Notes",
    url: "https://www.legislation.gov.uk/ukpga/2015/30/notes",
};
pub const S193: Source = Source {
    key: "193",
    citation: "MSA 2015",
    url: "https://www.legislation.gov.uk/ukpga/2015/30",
};
pub const S194: Source = Source {
    key: "194",
    citation: "MSA 2015",
    url: "https://www.legislation.gov.uk/ukpga/2015/30",
};
pub const S195: Source = Source {
    key: "195",
    citation: "Modern Slavery Act 2015, Explanatory Notes, paragraph 80",
    url: "https://www.legislation.gov.uk/ukpga/2015/30/notes",
};
pub const S196: Source = Source {
    key: "196",
    citation:
        "Home Office, Guidance on STPOs and STROs under Part 2 of the MSA 2015 (2017) — summary",
    url: "",
};
pub const S197: Source = Source { key: "197", citation: "Independent Review of the MSA first interim report (ICTAs, s48)", url: "https://www.gov.uk/government/publications/modern-slavery-act-2015-review-first-interim-report" };
pub const S198: Source = Source { key: "198", citation: "Independent Review of the MSA, fourth interim report (21 Mar 2019)", url: "https://www.gov.uk/government/publications/modern-slavery-act-review-2015-fourth-interim-report" };
pub const S199: Source = Source { key: "199", citation: "Southwell & Partners, \"House of Lords Select Committee … publishes report\" (15 Nov 2024)", url: "https://southwellandpartners.com/2024/11/15/house-of-lords-select-committee-on-the-modern-slavery-act-2015-publishes-report" };
pub const S200: Source = Source { key: "200", citation: "Home Office, Government response to HL Committee report (16 Dec 2024)", url: "https://gov.uk/government/publications/modern-slavery-government-response-to-house-of-lords-committee-report" };
pub const S201: Source = Source { key: "201", citation: "Centre for Social Justice, It Happens Here: Equipping the United Kingdom to fight modern slavery (March 2013)", url: "" };
pub const S202: Source = Source {
    key: "202",
    citation: "Politics UK (Brafton), \"British slavery 'alive and well'\" (11 Mar 2013)",
    url: "https://politicsuk.designs.brafton.com/news/2013/03/11/british-slavery-alive-and-well/",
};
pub const S203: Source = Source { key: "203", citation: "Just Yorkshire, report extract \"IT HAPPENS HERE…\" (14 Mar 2013)", url: "https://justyorkshire.org.uk/2013/03/14/it-happens-here-equipping-the-united-kingdom-to-fight-modern-slavery/" };
pub const S204: Source = Source { key: "204", citation: "Foreigners in UK (CSJ press release), \"Ministers clueless about scale of UK slavery – report\"", url: "https://foreignersinuk.co.uk/news/news-371643/ministers-clueless-about-scale-of-uk-slavery-report/" };
pub const S205: Source = Source { key: "205", citation: "CSJ publication page", url: "http://www.centreforsocialjustice.org.uk/publications/it-happens-here-equipping-the-united-kingdom-to-fight-modern-slavery" };
pub const S206: Source = Source {
    key: "206",
    citation: "HumanTraffickingSearch, \"It happens here\" summary",
    url: "",
};
pub const S207: Source = Source { key: "207", citation: "CSJ newsletter, \"Forcing slavery from the shadows – Theresa May deserves enormous credit\"", url: "https://createsend.com/t/y-EFFC9C73786ED4EF" };
pub const S208: Source = Source { key: "208", citation: "Scottish Government news, \"More help for trafficking victims\" (2018) (support period doubled to 90 days; TARA and Migrant Help funding)", url: "https://www.gov.scot/news/more-help-for-trafficking-victims/" };
pub const S209: Source = Source { key: "209", citation: "Lords debate on the Modern Slavery Act 2015 Committee report, 28 Mar 2025, Baroness O'Grady (Parallel Parliament)", url: "https://parallelparliament.co.uk/debate/2025-03-28/lords/lords-chamber/modern-slavery-act-2015-committee-report" };
pub const S_HTES_S12: Source = Source {
    key: "hte-s12",
    citation: "Human Trafficking and Exploitation (Scotland) Act 2015, s12 (presumption of age)",
    url: "https://www.legislation.gov.uk/asp/2015/12/section/12",
};
pub const S_HTENI_S25: Source = Source { key: "hte-ni-s25", citation: "Human Trafficking and Exploitation (Criminal Justice and Support for Victims) Act (Northern Ireland) 2015, s25 (interpretation; presumption of age in s25(3))", url: "https://www.legislation.gov.uk/nia/2015/2/section/25" };
pub const S_NSPCC_CTAC: Source = Source { key: "nspcc-ctac", citation: "NSPCC, Child Trafficking Advice Centre (CTAC): advice and support for professionals worried that a young person may be a victim of trafficking (web page, undated)", url: "https://www.nspcc.org.uk/services-and-resources/childrens-services/child-trafficking-advice-centre-ctac/" };

/// Every source users can see, for the checks in tests/citations.rs.
pub static ALL: &[&Source] = &[
    &S1,
    &S2,
    &S3,
    &S4,
    &S5A,
    &S6,
    &S7,
    &S8,
    &S9,
    &S10,
    &S11,
    &S11A,
    &S12,
    &S14A,
    &S14B,
    &S14C,
    &S14D,
    &S14E,
    &S15,
    &S15A,
    &S15B,
    &S16,
    &S17,
    &S18,
    &S19,
    &S20,
    &S21,
    &S22,
    &S23,
    &S23A,
    &S24,
    &S25,
    &S26,
    &S27,
    &S28,
    &S29,
    &S30,
    &S31,
    &S32,
    &S33,
    &S34,
    &S35,
    &S36,
    &S37,
    &S38,
    &S39,
    &S40,
    &S41,
    &S42,
    &S43,
    &S44,
    &S44A,
    &S45,
    &S46,
    &S46A,
    &S47,
    &S47A,
    &S48,
    &S48A,
    &S48B,
    &S49,
    &S50,
    &S51,
    &S51A,
    &S51B,
    &S51C,
    &S51D,
    &S51E,
    &S51F,
    &S52,
    &S53,
    &S54,
    &S55,
    &S56,
    &S57,
    &S58,
    &S59,
    &S60,
    &S60A,
    &S61,
    &S61X,
    &S62,
    &S62X,
    &S63,
    &S63A,
    &S63B,
    &S63X,
    &S64,
    &S64A,
    &S65,
    &S65B,
    &S66,
    &S66B,
    &S67,
    &S67B,
    &S68,
    &S69,
    &S70,
    &S71,
    &S72,
    &S72A,
    &S73,
    &S74,
    &S75,
    &S76,
    &S77,
    &S78,
    &S79,
    &S80,
    &S81,
    &S81A,
    &S82,
    &S82A,
    &S83,
    &S84,
    &S85,
    &S86,
    &S87,
    &S88,
    &S89,
    &S90,
    &S91,
    &S92,
    &S93,
    &S94,
    &S95,
    &S96,
    &S97,
    &S98,
    &S99,
    &S100,
    &S101,
    &S102,
    &S103,
    &S104,
    &S105,
    &S106,
    &S107,
    &S108,
    &S109,
    &S110,
    &S111,
    &S112,
    &S113,
    &S114,
    &S115,
    &S116,
    &S117,
    &S118,
    &S119,
    &S120,
    &S121,
    &S122,
    &S123,
    &S125,
    &S126,
    &S127,
    &S128,
    &S129,
    &S130,
    &S130A,
    &S131,
    &S132,
    &S133,
    &S134,
    &S135,
    &S136,
    &S137,
    &S138,
    &S139,
    &S141,
    &S142,
    &S143,
    &S144,
    &S145,
    &S146,
    &S147,
    &S148,
    &S149,
    &S150,
    &S151,
    &S152,
    &S153,
    &S154,
    &S155,
    &S156,
    &S157,
    &S158,
    &S159,
    &S160,
    &S161,
    &S162,
    &S163,
    &S164,
    &S165,
    &S166,
    &S167,
    &S168,
    &S169,
    &S170,
    &S171,
    &S172,
    &S173,
    &S174,
    &S175,
    &S176,
    &S177,
    &S178,
    &S179,
    &S180,
    &S181,
    &S182,
    &S183,
    &S184,
    &S185,
    &S186,
    &S187,
    &S188,
    &S189,
    &S190,
    &S191,
    &S192,
    &S193,
    &S194,
    &S195,
    &S196,
    &S197,
    &S198,
    &S199,
    &S200,
    &S201,
    &S202,
    &S203,
    &S204,
    &S205,
    &S206,
    &S207,
    &S208,
    &S209,
    &S_HTES_S12,
    &S_HTENI_S25,
    &S_NSPCC_CTAC,
];

/// The reference's numbers for secondary notes (reference §10): never a source,
/// so they have no constant here and tests/citations.rs checks nothing cites them.
pub static NOT_SHOWN: &[&str] = &["124", "140"];
