"""Växjö kommun: Riktlinjer för bostadsanpassningsbidrag (guideline; legal-reference traps)."""

from ._common import H1, H2, UL, A, Cover, Doc, G, P, Theme, Toc

SYFTE = ("Riktlinjerna ska säkerställa att alla som ansöker om bostadsanpassningsbidrag i Växjö kommun får "
         "en rättssäker och likvärdig handläggning.")
BN = "Byggnadsnämnden"

DOC = Doc(
    file="vaxjo_riktlinje_bostadsanpassning_2023.pdf",
    organisation="Växjö kommun",
    kommunkod="0780",
    doc_type="guideline",
    stated_type="riktlinjer",
    title="Riktlinjer för bostadsanpassningsbidrag",
    adopted_by="Byggnadsnämnden",
    adopted_date="2023-03-16",
    diarienummer="BN 2023/145",
    valid_until="2026-03-31",
    validity="2023-04-01 – 2026-03-31",
    articles=(7, 9, 19, 21),
    actors=[
        A("Byggnadsnämnden", "committee", "adopting", "responsible", "owner", aliases=("byggnadsnämnden",)),
        A("Samhällsbyggnadsförvaltningen", "department", "responsible"),
        A("Omsorgsnämnden", "committee", "mentioned"),
        A("Region Kronoberg", "region", "mentioned"),
        A("Boverket", "agency", "mentioned"),
        A("Förvaltningsrätten i Växjö", "agency", "mentioned"),
        A("Växjöhem AB", "company", "mentioned"),
        A("Kommunala funktionshinderrådet", "council", "consulted", aliases=("KFR",)),
        A("Handläggare", "role", "responsible"),
    ],
    notes=("Guideline for housing adaptation grants. Traps: 'lagen (2018:222) om bostadsanpassningsbidrag', "
           "'6 § lagen om bostadsanpassningsbidrag', 'LSS 9 §', '5 kap. 1 § socialtjänstlagen' and "
           "'artikel 3 i barnkonventionen' are not CRPD articles. CRPD articles 9 and 19 are named "
           "explicitly ('artikel 19', 'art. 9'); 7 by topic (children), 21 by topic (easy-to-read "
           "information). Goals: the purpose statement and four service commitments. The long list of "
           "typical adaptations is not goals."),
    theme=Theme(body_font="Vera", body_size=10, leading=14.5, heading_sizes=(14, 11.5, 10),
                heading_color="#00463c", accent="#00463c", justify=True, hyphenate=True, numbered=True,
                header=("Växjö kommun", "Riktlinjer för bostadsanpassningsbidrag"), footer="Sida {n}",
                footer_align="right", margins=(72, 72, 76, 70)),
    cover=Cover(
        title="Riktlinjer för bostadsanpassningsbidrag",
        subtitle="Byggnadsnämnden",
        style="block",
        meta=[("Dokumenttyp", "Riktlinje"), ("Fastställd av", "Byggnadsnämnden 2023-03-16, § 52"),
              ("Diarienummer", "BN 2023/145"), ("Gäller från", "2023-04-01"), ("Gäller till", "2026-03-31"),
              ("Dokumentansvarig", "Enhetschef bostadsanpassning")],
        back=('Växjö kommun', 'Samhällsbyggnadsförvaltningen, bostadsanpassning', 'vaxjo.se'),
    ),
    features=("cover", "TOC", "footer 'Sida n' without total", "Vera font", "justified + hyphenated",
              "legal traps (lag 2018:222, LSS 9 §, SoL, barnkonventionen)", "explicit 'art. 9'"),
    body=[
        Toc("Innehåll"),
        H1("Inledning"),
        P("Bostadsanpassningsbidrag är ett stöd som gör det möjligt för personer med funktionsnedsättning att "
          "bo kvar och leva ett självständigt liv i sin egen bostad. Bidraget lämnas enligt lagen (2018:222) "
          "om bostadsanpassningsbidrag. Lagen är en rättighetslag, och kommunen kan inte begränsa rätten "
          "till bidrag genom riktlinjer."),
        H2("Syfte"),
        P(G(SYFTE, level="overall", responsible=(BN,), articles=(19,)), "Riktlinjerna är ett stöd för "
          "handläggarna och en information till sökande, fastighetsägare och samarbetspartner om hur "
          "byggnadsnämnden tolkar lagen."),
        H2("Lagstiftning och andra utgångspunkter"),
        P("Utöver lagen om bostadsanpassningsbidrag gäller förvaltningslagen (2017:900) för handläggningen. "
          "Boverket har tillsyn över kommunernas tillämpning och ger ut vägledning."),
        P("FN:s konvention om rättigheter för personer med funktionsnedsättning är en viktig utgångspunkt. "
          "Enligt artikel 19 har personer med funktionsnedsättning rätt att välja var och med vem de ska bo, "
          "och enligt art. 9 ska konventionsstaterna undanröja hinder i bland annat bostäder. Bostadsanpassning "
          "är ett av de viktigaste verktyg kommunen har för att förverkliga de rättigheterna."),
        P("Bostadsanpassningsbidrag är inte en insats enligt lagen om stöd och service till vissa "
          "funktionshindrade. Den som har insatser enligt LSS 9 §, till exempel personlig assistans, kan ändå "
          "ha rätt till bidrag. Bidraget påverkar inte heller rätten till bistånd enligt 4 kap. 1 § eller det "
          "ansvar som socialnämnden har enligt 5 kap. 1 § socialtjänstlagen."),
        H1("Vem kan få bidrag?"),
        P("Bidrag kan lämnas till en enskild person med funktionsnedsättning för att anpassa den bostad där "
          "personen är permanent bosatt. Bidrag kan också lämnas för anpassning av en bostad som personen "
          "ska flytta till, om flytten är motiverad. Den sökande kan äga bostaden, ha hyresrätt eller "
          "bostadsrätt, eller bo i andra hand."),
        P("Funktionsnedsättningen ska vara långvarig eller bestående. Med det menas enligt förarbetena att "
          "den beräknas bestå i minst ett år. Bidraget lämnas oberoende av den sökandes ålder och inkomst."),
        H1("Vad kan bidrag lämnas för?"),
        P("Bidrag lämnas för åtgärder i bostaden och i anslutning till bostaden som behövs för att den ska "
          "vara ändamålsenlig för den enskilde. Vanliga åtgärder är:"),
        UL("borttagning av trösklar och nivåskillnader,",
           "ramp eller lyftplattform vid entré,",
           "anpassning av badrum, till exempel borttagning av badkar och installation av duschplats,",
           "automatisk dörröppnare till entré och till soprum eller tvättstuga,",
           "spisvakt för personer med kognitiv funktionsnedsättning,",
           "förändring av köksinredning, till exempel höj- och sänkbara skåp,",
           "belysning och kontrastmarkering för personer med synnedsättning."),
        P("Bidrag lämnas inte för åtgärder som är normalt underhåll, som beror på eftersatt underhåll eller "
          "som utförts innan ansökan beviljats. Enligt 6 § lagen om bostadsanpassningsbidrag lämnas bidrag inte "
          "heller för åtgärder i nybyggda bostäder om åtgärden borde ha utförts enligt plan- och bygglagen."),
        H1("Handläggning"),
        H2("Ansökan och intyg"),
        P("Ansökan görs på kommunens blankett eller via e-tjänst. Till ansökan ska bifogas ett intyg från "
          "arbetsterapeut eller annan sakkunnig som beskriver funktionsnedsättningen och behovet av "
          "anpassning. Arbetsterapeuterna är i de flesta fall anställda av Region Kronoberg eller av "
          "omsorgsnämnden inom kommunen."),
        H2("Byggnadsnämndens åtaganden", area=True),
        P("Byggnadsnämnden har beslutat om följande åtaganden gentemot den som ansöker om bidrag:"),
        UL(G("Beslut i ärenden om bostadsanpassningsbidrag ska fattas inom åtta veckor från det att ansökan "
             "är komplett.", parent=SYFTE, responsible=(BN,), deadline="8 veckor",
             indicator="Handläggningstid från komplett ansökan till beslut"),
           G("Sökande ska erbjudas hembesök av handläggare när det behövs för att bedöma ärendet.",
             parent=SYFTE, responsible=("Handläggare",)),
           G("Information om bidraget och om hur man ansöker ska finnas på lättläst svenska och på de "
             "vanligaste språken i kommunen.", parent=SYFTE, articles=(21,), responsible=(BN,)),
           G("Vid ansökningar som rör barn ska barnets egna synpunkter inhämtas och dokumenteras.",
             parent=SYFTE, articles=(7,), responsible=("Handläggare",)), marker="1."),
        H2("Beslut och överklagande"),
        P("Beslut om bostadsanpassningsbidrag fattas av handläggare på delegation från byggnadsnämnden. Ett "
          "beslut kan överklagas till Förvaltningsrätten i Växjö. Information om hur man överklagar bifogas "
          "alltid beslutet."),
        H1("Särskilda frågor"),
        H2("Hyresrätt och bostadsrätt"),
        P("För åtgärder i en hyresrätt eller bostadsrätt krävs fastighetsägarens eller bostadsrättsföreningens "
          "medgivande. Samhällsbyggnadsförvaltningen har en överenskommelse med Växjöhem AB om hur medgivanden "
          "och återställning ska hanteras."),
        H2("Barn"),
        P("När sökanden är ett barn ska barnets bästa beaktas enligt artikel 3 i barnkonventionen, som sedan "
          "2020 är svensk lag. Barnets behov av att kunna leka, umgås med kamrater och ta sig in och ut ur "
          "bostaden själv ska vägas in i bedömningen."),
        H2("Återställningsbidrag"),
        P("Fastighetsägare kan ansöka om bidrag för att återställa en anpassning när den inte längre behövs, "
          "till exempel en ramp eller en trappstegsplattform. Återställningsbidrag lämnas för anpassningar i "
          "flerbostadshus."),
        H1("Samverkan och uppföljning"),
        P("Byggnadsnämnden samverkar med omsorgsnämnden och Region Kronoberg om intyg och om gemensamma "
          "rutiner. Kommunala funktionshinderrådet (KFR) har lämnat synpunkter på riktlinjerna. "
          "Handläggningstider och antal ärenden redovisas i byggnadsnämndens årsrapport, och riktlinjerna "
          "ses över senast våren 2026."),
    ],
)
