"""Sundsvalls kommun: Tillgänglighetspolicy (policy; metadata on the back of the cover, n/m footer)."""

from ._common import HP, UL, A, B, Cover, Doc, G, Heading, KeyValue, P, Theme

P1 = "Sundsvalls kommun ska vara tillgänglig för alla invånare, besökare och medarbetare."
P2 = "Tillgänglighet ska vara en självklar del av kommunens planering, beslut och verksamhet."
P3 = ("Kommunen ska arbeta för att personer med funktionsnedsättning ska kunna delta i samhällslivet "
      "på samma villkor som andra.")

DOC = Doc(
    file="sundsvall_policy_tillganglighetspolicy_2023.pdf",
    organisation="Sundsvalls kommun",
    kommunkod="2281",
    doc_type="policy",
    stated_type="policy",
    title="Tillgänglighetspolicy",
    adopted_by="Kommunfullmäktige",
    adopted_date="2023-04-24",
    diarienummer="KS-2023-00518",
    valid_until="tills vidare",
    validity="tills vidare",
    articles=(8, 9, 21, 29),
    actors=[
        A("Kommunfullmäktige", "committee", "adopting", aliases=("kommunfullmäktige",)),
        A("Kommunstyrelsen", "committee", "follows-up", "owner", aliases=("kommunstyrelsen",)),
        A("Kommunstyrelsekontoret", "department", "owner"),
        A("Samtliga nämnder och bolag", "committee", "responsible", aliases=("nämnder och kommunala bolag",)),
        A("Mitthem AB", "company", "mentioned"),
        A("Rådet för funktionshinderfrågor", "council", "consulted"),
    ],
    notes=("Short policy of principles. The metadata is not on the cover but in a 'Dokumentinformation' "
           "block on page 2. Goals are the three principle statements of 'Vår inställning' and the "
           "commitments listed under 'Det innebär att'. 'Gäller tills vidare' gives valid_until "
           "'tills vidare'. No CRPD article is named by number; 9 and 21 by topic (premises, information), "
           "29 by topic (the council), 8 by topic (staff knowledge)."),
    theme=Theme(body_font="Helvetica", body_size=11.5, leading=17, heading_sizes=(18, 13, 11.5),
                heading_color="#000000", accent="#6b2c91", justify=False, hyphenate=False, numbered=False,
                header=("Sundsvalls kommun", "Tillgänglighetspolicy"), header_rule=False, footer="{n}/{m}",
                footer_align="center", margins=(78, 78, 80, 72)),
    cover=Cover(title="Tillgänglighetspolicy", subtitle="Policy för ett tillgängligt Sundsvall", style="photo"),
    features=("photo cover without metadata", "metadata block on page 2", "footer n/m centred",
              "unnumbered headings", "– bullets"),
    body=[
        HP("Dokumentinformation", level=1, toc=False),
        KeyValue([("Dokumentnamn", "Tillgänglighetspolicy"), ("Dokumenttyp", "Policy"),
                  ("Antagen av", "Kommunfullmäktige 2023-04-24, § 87"), ("Diarienummer", "KS-2023-00518"),
                  ("Giltighetstid", "Gäller tills vidare"), ("Dokumentansvarig", "Kommunstyrelsekontoret"),
                  ("Senast reviderad", "Ny"), ("Ersätter", "Handikappolitiskt program, KF 2010-06-28 § 142")],
                 label_width=0.3, boxed=True),
        Heading("Varför en tillgänglighetspolicy?", 1),
        P("Alla människor har rätt att delta i samhällets gemenskap. För många invånare med "
          "funktionsnedsättning är vardagen ändå full av hinder: en trappa utan ramp, en blankett som inte "
          "går att fylla i med skärmläsare eller ett möte där ingen har tänkt på hörslinga. Hindren beror "
          "inte på individen utan på hur samhället är utformat."),
        P("Policyn beskriver Sundsvalls kommuns förhållningssätt till tillgänglighet. Den gäller för alla "
          "nämnder och kommunala bolag och kompletteras av de handlingsplaner som nämnderna och bolagen "
          "tar fram själva."),
        Heading("Vår inställning", 1),
        UL(G(P1, level="overall", responsible=("Samtliga nämnder och bolag",)),
           G(P2, level="overall", responsible=("Samtliga nämnder och bolag",)),
           G(P3, level="overall", responsible=("Samtliga nämnder och bolag",)), marker="–"),
        Heading("Det innebär att", 1),
        UL([G("nya lokaler, gator och parker utformas så att de kan användas av alla, och befintliga brister "
             "åtgärdas enligt en plan", parent=P1, articles=(9,), responsible=("Samtliga nämnder och bolag",)), ","],
           [G("information från kommunen är lätt att hitta, läsa och förstå, och finns i alternativa format "
             "när det behövs", parent=P2, articles=(21,), responsible=("Samtliga nämnder och bolag",)), ","],
           [G("tillgänglighet ställs som krav när kommunen upphandlar varor, tjänster och byggentreprenader",
             parent=P2, articles=(9,), responsible=("Samtliga nämnder och bolag",)), ","],
           [G("medarbetare har kunskap om hur de kan bemöta och ge service till personer med olika "
             "funktionsnedsättningar", parent=P3, articles=(8,), responsible=("Samtliga nämnder och bolag",)), ","],
           G("Rådet för funktionshinderfrågor får möjlighet att påverka frågor som rör personer med "
             "funktionsnedsättning i ett tidigt skede.", parent=P3, articles=(29,),
             responsible=("Kommunstyrelsen",)), marker="–"),
        Heading("Vad menar vi med tillgänglighet?", 1),
        P("Tillgänglighet handlar om att ta bort hinder så att alla kan förflytta sig, orientera sig, "
          "kommunicera och ta del av service. Det brukar beskrivas som fysisk tillgänglighet, "
          "informationstillgänglighet och tillgänglighet i bemötande. Även digitala tjänster, ljudmiljö "
          "och belysning ingår."),
        P(B("Universell utformning"), "innebär att produkter, miljöer och tjänster utformas så att de kan "
          "användas av alla utan särskild anpassning. Det är bättre och billigare att göra rätt från början "
          "än att åtgärda i efterhand."),
        Heading("Ansvar", 1),
        P("Varje nämnd och bolagsstyrelse ansvarar för tillgängligheten i sin verksamhet. Det gäller också "
          "när verksamhet bedrivs av någon annan på kommunens uppdrag. Mitthem AB och övriga bolag ska "
          "tillämpa policyn i sin fastighetsförvaltning och vid nyproduktion."),
        P("Kommunstyrelsen har det övergripande ansvaret för att policyn följs och för att den hålls aktuell. "
          "Kommunstyrelsekontoret ger stöd till förvaltningarna och samordnar kommunens kontakter med Rådet "
          "för funktionshinderfrågor."),
        Heading("Uppföljning", 1),
        P("Nämnderna och bolagen redovisar sitt arbete med tillgänglighet i den ordinarie årsredovisningen. "
          "Kommunstyrelsen gör en samlad bedömning vart fjärde år och redovisar den för kommunfullmäktige. "
          "Policyn ska ses över senast 2027."),
    ],
)
