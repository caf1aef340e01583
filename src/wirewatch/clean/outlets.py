"""Known news hosts and agencies, and the outlet names they stand for.

A table, not a guess: the host of an article's URL (or of a "Source:" credit)
is looked up here, exactly and then by its registered domain; unknown hosts
give no name.
"""

from __future__ import annotations

from wirewatch.clean import metadata_patterns

HOST_NAMES: dict[str, str] = {
    # wires and agencies
    "reuters.com": "Reuters",
    "apnews.com": "AP",
    "ap.org": "AP",
    "afp.com": "AFP",
    "bloomberg.com": "Bloomberg",
    "tass.com": "TASS",
    "tass.ru": "TASS",
    "interfax.com": "Interfax",
    "ria.ru": "RIA Novosti",
    "sputnikglobe.com": "Sputnik",
    "xinhuanet.com": "Xinhua",
    "news.cn": "Xinhua",
    "aa.com.tr": "Anadolu Agency",
    "efe.com": "EFE",
    "ansa.it": "ANSA",
    "dpa.com": "dpa",
    "kyodonews.net": "Kyodo News",
    "yna.co.kr": "Yonhap",
    "menafn.com": "MENAFN",
    "ukrinform.net": "Ukrinform",
    "unian.info": "UNIAN",
    "pap.pl": "PAP",
    "yle.fi": "Yle",
    "lehtikuva.fi": "Lehtikuva",
    "stt.fi": "STT",
    "prnewswire.com": "PR Newswire",
    "globenewswire.com": "GlobeNewswire",
    "businesswire.com": "Business Wire",
    # broadcasters
    "bbc.co.uk": "BBC",
    "bbc.com": "BBC",
    "cnn.com": "CNN",
    "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News",
    "abcnews.go.com": "ABC News",
    "foxnews.com": "Fox News",
    "npr.org": "NPR",
    "pbs.org": "PBS",
    "aljazeera.com": "Al Jazeera",
    "dw.com": "DW",
    "france24.com": "France 24",
    "euronews.com": "Euronews",
    "rfi.fr": "RFI",
    "rferl.org": "RFE/RL",
    "cbc.ca": "CBC",
    "abc.net.au": "ABC",
    "sky.com": "Sky News",
    "news.sky.com": "Sky News",
    "rt.com": "RT",
    "cgtn.com": "CGTN",
    "nhk.or.jp": "NHK",
    "voanews.com": "Voice of America",
    "channelnewsasia.com": "CNA",
    "itv.com": "ITV News",
    # newspapers and magazines
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
    "ft.com": "Financial Times",
    "theguardian.com": "The Guardian",
    "guardian.co.uk": "The Guardian",
    "independent.co.uk": "The Independent",
    "telegraph.co.uk": "The Telegraph",
    "thetimes.co.uk": "The Times",
    "economist.com": "The Economist",
    "politico.com": "Politico",
    "politico.eu": "Politico Europe",
    "latimes.com": "Los Angeles Times",
    "usatoday.com": "USA Today",
    "thehill.com": "The Hill",
    "axios.com": "Axios",
    "newsweek.com": "Newsweek",
    "time.com": "Time",
    "theatlantic.com": "The Atlantic",
    "vox.com": "Vox",
    "foreignpolicy.com": "Foreign Policy",
    "dailymail.co.uk": "Daily Mail",
    "express.co.uk": "Daily Express",
    "mirror.co.uk": "Daily Mirror",
    "thesun.co.uk": "The Sun",
    "standard.co.uk": "Evening Standard",
    "scmp.com": "South China Morning Post",
    "japantimes.co.jp": "The Japan Times",
    "thehindu.com": "The Hindu",
    "timesofindia.indiatimes.com": "The Times of India",
    "hindustantimes.com": "Hindustan Times",
    "smh.com.au": "The Sydney Morning Herald",
    "theglobeandmail.com": "The Globe and Mail",
    "haaretz.com": "Haaretz",
    "timesofisrael.com": "The Times of Israel",
    "jpost.com": "The Jerusalem Post",
    "spiegel.de": "Der Spiegel",
    "lemonde.fr": "Le Monde",
    "elpais.com": "El País",
    "kyivindependent.com": "The Kyiv Independent",
    "kyivpost.com": "Kyiv Post",
    "themoscowtimes.com": "The Moscow Times",
    "meduza.io": "Meduza",
    "novayagazeta.eu": "Novaya Gazeta Europe",
    "helsinkitimes.fi": "Helsinki Times",
    "hs.fi": "Helsingin Sanomat",
    "thelocal.se": "The Local",
    "euractiv.com": "Euractiv",
    "euobserver.com": "EUobserver",
    "brusselstimes.com": "The Brussels Times",
    "dailysabah.com": "Daily Sabah",
    "arabnews.com": "Arab News",
    "thenationalnews.com": "The National",
    "straitstimes.com": "The Straits Times",
    "antaranews.com": "Antara",
    "jakartaglobe.id": "Jakarta Globe",
    "thejakartapost.com": "The Jakarta Post",
    "tempo.co": "Tempo",
    "globaltimes.cn": "Global Times",
    "chinadaily.com.cn": "China Daily",
    "kyodo.co.jp": "Kyodo News",
    "koreaherald.com": "The Korea Herald",
    "cnbc.com": "CNBC",
    "forbes.com": "Forbes",
    "businessinsider.com": "Business Insider",
    "yahoo.com": "Yahoo News",
    "news.yahoo.com": "Yahoo News",
    "msn.com": "MSN",
}

# Credits that name an agency in short ("(AP)", "LEHTIKUVA"), mapped to the outlet's name.
AGENCY_NAMES: dict[str, str] = {
    "reuters": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "afp": "AFP",
    "menafn": "MENAFN",
    "tass": "TASS",
    "xinhua": "Xinhua",
    "bloomberg": "Bloomberg",
    "dpa": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "anadolu": "Anadolu Agency",
    "anadolu agency": "Anadolu Agency",
    "upi": "UPI",
    "interfax": "Interfax",
    "kyodo": "Kyodo News",
    "yonhap": "Yonhap",
    "ukrinform": "Ukrinform",
    "ians": "IANS",
    "pti": "PTI",
    "ani": "ANI",
    "aap": "AAP",
    "cna": "CNA",
    "bernama": "Bernama",
}


def registered_host(host: str) -> str:
    """`www.bbc.co.uk` → `bbc.co.uk`; `edition.cnn.com` → `cnn.com` (two-part suffixes kept)."""
    host = host.lower().strip(".").removeprefix("www.")
    parts = host.split(".")
    keep = (
        3
        if len(parts) >= 3
        and parts[-2] in {"co", "com", "org", "net", "ac", "gov", "or", "go", "ne"}
        else 2
    )
    return ".".join(parts[-keep:])


def outlet_for_host(host: str | None) -> str | None:
    """The outlet name for a host: exact table entry, then its registered domain."""
    if not host:
        return None
    host = host.lower().strip(".").removeprefix("www.")
    return HOST_NAMES.get(host) or HOST_NAMES.get(registered_host(host))


def outlet_for_credit(credit: str) -> str | None:
    """An outlet named by a credit: a host inside it, an agency, or a known outlet's name."""
    credit = credit.strip(" ()[]:.-–—|©")
    host_match = metadata_patterns.HOST_IN_TEXT.search(credit)
    if host_match and "." in host_match.group("host"):
        named = outlet_for_host(host_match.group("host"))
        if named:
            return named
    folded = credit.lower()
    if folded.removeprefix("the ") in AGENCY_NAMES:  # "The Associated Press"
        return AGENCY_NAMES[folded.removeprefix("the ")]
    for name in HOST_NAMES.values():
        if folded == name.lower() or folded == name.lower().removeprefix("the "):
            return name
    return None


def host_of(url: str | None) -> str | None:
    """The host part of a URL, without `www.`."""
    if not url:
        return None
    from urllib.parse import urlsplit

    host = urlsplit(url if "//" in url else f"//{url}").hostname
    return host.removeprefix("www.") if host else None
