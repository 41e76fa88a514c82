#!/usr/bin/env python3
"""Generate the independent2 labelled mail corpus (deterministic).

"me" is Tomás Lindqvist, a freelance data engineer in Berlin who is also
job-hunting.  Run:  python3 make_corpus.py   (rewrites Maildir/ and labels.toml)
"""
import base64
import quopri
import random
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
MD = HERE / "Maildir"

ME1 = "tomas@lindqvist.dev"
ME2 = "t.lindqvist@gmail.com"
ME_NAME = "Tomás Lindqvist"
NOW = "2026-11-27T12:00:00Z"


def A(name, email, charset="utf-8"):
    """Address with RFC 2047 encoded display name when needed."""
    if name is None:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


ME = A(ME_NAME, ME1)
ME_G = A(ME_NAME, ME2)


def H(s, charset="utf-8"):
    """Header value, RFC 2047 encoded if non-ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def D(s, tz="+0100"):
    sign = 1 if tz[0] == "+" else -1
    off = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(off))


_midc = [0]


def MID(domain):
    _midc[0] += 1
    rnd = random.Random(_midc[0] * 7919)
    tok = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))
    return f"<{tok}.{_midc[0]}@{domain}>"


class M:
    def __init__(self, frm, to, date, subject, body, cc=None, domain=None,
                 mine=False, no_mid=False, thread_refs=True, extra=(),
                 ctype='text/plain; charset="utf-8"', cte="8bit", charset="utf-8",
                 raw_body=None, date_raw=None, subject_raw=None, dup=False,
                 crlf=None, refs_override=None, irt_override=None):
        self.frm, self.to, self.cc = frm, to, cc
        self.date, self.subject, self.body = date, subject, body
        self.mine, self.no_mid, self.thread_refs = mine, no_mid, thread_refs
        self.extra = list(extra)
        self.ctype, self.cte, self.charset = ctype, cte, charset
        self.raw_body, self.date_raw, self.subject_raw = raw_body, date_raw, subject_raw
        self.dup, self.crlf = dup, crlf
        self.refs_override, self.irt_override = refs_override, irt_override
        if domain is None:
            addr = frm.split("<")[-1].rstrip(">").strip()
            domain = addr.split("@")[-1].lower()
            if mine:
                domain = "lindqvist.dev" if "lindqvist.dev" in domain else "mail.gmail.com"
        self.mid = None if no_mid else MID(domain)


THREADS = []


def T(label, why, *msgs, root_note=None):
    # thread the messages: In-Reply-To previous message, References chain
    chain = []
    for i, m in enumerate(msgs):
        if i > 0 and m.thread_refs:
            prev = msgs[i - 1]
            m.irt = prev.mid
            m.refs = [x for x in chain if x]
        else:
            m.irt, m.refs = None, []
        if m.refs_override is not None:
            m.refs = m.refs_override
        if m.irt_override is not None:
            m.irt = m.irt_override
        if m.mid:
            chain.append(m.mid)
    root = next(m.mid for m in msgs if m.mid)
    if root_note:
        why = why + " " + root_note
    THREADS.append((label, why, root, msgs))


def enc_body(m):
    if m.raw_body is not None:
        return m.raw_body if isinstance(m.raw_body, bytes) else m.raw_body.encode("utf-8")
    b = m.body.encode(m.charset)
    if m.cte == "base64":
        return base64.encodebytes(b)
    if m.cte == "quoted-printable":
        return quopri.encodestring(b)
    return b


ORDERS = [
    ["Return-Path", "Received", "Date", "From", "To", "Cc", "Subject", "Message-ID", "In-Reply-To", "References", "*", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"],
    ["Received", "Message-ID", "From", "To", "Cc", "Subject", "Date", "References", "In-Reply-To", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "*"],
    ["MIME-Version", "Date", "Message-ID", "References", "In-Reply-To", "Subject", "From", "To", "Cc", "*", "Content-Type", "Content-Transfer-Encoding", "Received", "Return-Path"],
    ["From", "Subject", "Date", "To", "Cc", "Message-ID", "In-Reply-To", "References", "*", "Content-Type", "MIME-Version", "Content-Transfer-Encoding"],
]


def render(m, seq):
    rnd = random.Random(seq * 31 + 7)
    hs = {}
    addr = m.frm.split("<")[-1].rstrip(">").strip()
    hs["Return-Path"] = f"<{addr}>"
    if not m.mine:
        hs["Received"] = (f"from mx{seq % 4 + 1}.out.example.net (mx{seq % 4 + 1}.out.example.net [203.0.113.{seq % 200 + 10}])\n"
                          f"\tby mail.lindqvist.dev (Postfix) with ESMTPS id {seq:05X}A{seq * 13 % 997:03d}\n"
                          f"\tfor <{ME1}>; {format_datetime(m.date.astimezone(timezone.utc) + timedelta(seconds=7))}")
    hs["Date"] = m.date_raw if m.date_raw is not None else format_datetime(m.date)
    hs["From"] = m.frm
    hs["To"] = m.to
    if m.cc:
        hs["Cc"] = m.cc
    hs["Subject"] = m.subject_raw if m.subject_raw is not None else H(m.subject)
    if m.mid:
        hs["Message-ID"] = m.mid
    if m.irt:
        hs["In-Reply-To"] = m.irt
    if m.refs:
        refs = m.refs
        hs["References"] = "\n ".join(refs) if len(refs) > 2 else " ".join(refs)
    hs["MIME-Version"] = "1.0"
    hs["Content-Type"] = m.ctype
    if m.cte and not m.ctype.startswith("multipart"):
        hs["Content-Transfer-Encoding"] = m.cte
    order = ORDERS[rnd.randrange(len(ORDERS))]
    lines = []
    for k in order:
        if k == "*":
            for ek, ev in m.extra:
                lines.append(f"{ek}: {ev}")
        elif k in hs:
            lines.append(f"{k}: {hs[k]}")
    head = "\n".join(lines).encode("utf-8")
    body = enc_body(m)
    data = head + b"\n\n" + body
    if not data.endswith(b"\n"):
        data += b"\n"
    crlf = m.crlf if m.crlf is not None else (seq % 6 == 3)
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


# --------------------------------------------------------------------------
# Helpers for recurring content
# --------------------------------------------------------------------------

def quote(text):
    return "\n".join("> " + l if l else ">" for l in text.strip().split("\n"))


def ics(method, summary, organizer, attendee, start, end, uid, partstat="NEEDS-ACTION"):
    return (
        "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
        f"METHOD:{method}\nBEGIN:VEVENT\nDTSTART:{start}\nDTEND:{end}\nDTSTAMP:20261118T101500Z\n"
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}\nUID:{uid}\n"
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};CN={attendee[0]}:mailto:{attendee[1]}\n"
        f"SUMMARY:{summary}\nSEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n"
    )


LI_UNSUB = "<https://www.linkedin.com/e/v2?e=unsub&t=ssu>, <mailto:unsubscribe@linkedin.com>"

# ==========================================================================
# OWED
# ==========================================================================

HANNAH = A("Hannah Becker", "hannah.becker@northwindtalent.de")
h1 = M(HANNAH, ME, D("2026-11-18 09:12"), "Senior Data Engineer – Hamburg fintech (hybrid)",
       """Hi Tomás,

I came across your profile and your talk on CDC pipelines at the Berlin Data Meetup.
I'm working with a Series B payments company in Hamburg that is building out its
data platform (Kafka, Flink, Snowflake, dbt). They're looking for a senior data
engineer to own ingestion end to end.

Would this be of interest? Happy to share more details.

Best regards,
Hannah Becker
Senior Consultant, Data & Analytics
Northwind Talent GmbH | +49 40 555 0192
""")
h2 = M(ME, HANNAH, D("2026-11-18 13:40"), "Re: Senior Data Engineer – Hamburg fintech (hybrid)",
       """Hi Hannah,

Thanks for reaching out, this sounds interesting. I'm based in Berlin, so the
question for me is how much time in Hamburg they'd expect. Could you tell me a bit
more about the team size and the on-site policy?

Best,
Tomás

On Wed, 18 Nov 2026 at 09:12, Hannah Becker wrote:
""" + quote(h1.body), mine=True)
h3 = M(HANNAH, ME, D("2026-11-24 10:05"), "Re: Senior Data Engineer – Hamburg fintech (hybrid)",
       """Hi Tomás,

Good news: they're fine with fully remote plus one on-site week per quarter. The
team is 6 engineers, reporting to the Head of Data.

Before I put you forward, could you share your salary expectations and earliest
possible start date? And would you have 20 minutes for a quick call on Tuesday or
Wednesday?

Thanks,
Hannah
""")
T("owed", "Recruiter answered my questions and asks for salary expectations, start date and a call slot.", h1, h2, h3)

RAVI = A("Ravi Menon", "ravi.menon@kestrel-analytics.com")
r1 = M(RAVI, ME, D("2026-11-16 08:30", "+0000"), "Kestrel Analytics — next step: technical interview",
       """Hello Tomás,

Thanks again for your time with our hiring manager last week. We'd like to invite you
to a 90-minute technical interview (system design + SQL). Could any of these work?

 - Thu 19 Nov, 14:00 GMT
 - Thu 19 Nov, 16:00 GMT
 - Fri 20 Nov, 09:30 GMT

Kind regards,
Ravi Menon | Talent Partner | Kestrel Analytics, London
""")
r2 = M(ME, RAVI, D("2026-11-16 10:02"), "Re: Kestrel Analytics — next step: technical interview",
       "Hi Ravi,\n\nThursday 19 Nov at 14:00 GMT works well for me.\n\nBest regards,\nTomás\n", mine=True)
r3 = M(RAVI, ME, D("2026-11-17 11:47", "+0000"), "Re: Kestrel Analytics — next step: technical interview",
       """Hi Tomás,

Apologies — one of the panelists has a conflict on Thursday after all. Could you do
Fri 20 Nov at 10:00 GMT or Mon 23 Nov at 15:00 GMT instead?

Sorry for the shuffle,
Ravi
""")
r4 = M(ME, RAVI, D("2026-11-17 12:15"), "Re: Kestrel Analytics — next step: technical interview",
       "No problem at all. Monday 23 Nov at 15:00 GMT, please.\n\nTomás\n", mine=True)
r5 = M(RAVI, ME, D("2026-11-25 16:20", "+0000"), "Re: Kestrel Analytics — next step: technical interview",
       """Hi Tomás,

Thanks for Monday — the panel really enjoyed the session and we'd like to move you to
the final round. Before we schedule it, could you send us the names and contact
details of two professional references by the end of this week?

Best,
Ravi
""")
T("owed", "After the scheduling back-and-forth and the interview, the recruiter asks me for two references.", r1, r2, r3, r4, r5)

KATRIN = A("Katrin Vogel", "katrin.vogel@lumenbio.com")
k1 = M(KATRIN, ME, D("2026-11-23 17:05"), "Following up on our call",
       """Dear Tomás,

It was a pleasure speaking with you earlier. As discussed, we'd like to offer you the
position of Data Platform Engineer. I'm preparing the written offer now.

Warm regards,
Katrin Vogel
People & Culture, Lumen Bio
""")
k2 = M(ME, KATRIN, D("2026-11-23 18:31"), "Re: Following up on our call",
       "Dear Katrin,\n\nThank you, that's wonderful news. I look forward to receiving the written offer so I can review the details.\n\nBest regards,\nTomás\n", mine=True)
PDF = base64.encodebytes(b"%PDF-1.4\n% offer letter placeholder\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").decode()
k3_body = f"""This is a multi-part message in MIME format.
--==offer-boundary-77
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dear Tomás,

Please find attached your written offer for the Data Platform Engineer role
(EUR 92,000 base, 30 days holiday, start date 1 February 2027).

The offer is valid until Tuesday 1 December 2026, 18:00 CET. Please let me know by
then whether you accept, or if you have any questions about the terms.

Warm regards,
Katrin

--==offer-boundary-77
Content-Type: application/pdf; name="Offer_Tomas_Lindqvist.pdf"
Content-Disposition: attachment; filename="Offer_Tomas_Lindqvist.pdf"
Content-Transfer-Encoding: base64

{PDF}
--==offer-boundary-77--
"""
k3 = M(KATRIN, ME, D("2026-11-25 15:48"), "Re: Following up on our call — written offer", "",
       ctype='multipart/mixed; boundary="==offer-boundary-77"', cte=None, raw_body=k3_body)
T("owed", "Written offer with a 1 December deadline; I have not replied.", k1, k2, k3)

MARCO = A("Marco Ricci", "marco.ricci@tidewater.io")
ANA = A("Ana Costa", "ana.costa@tidewater.io")
i1 = M(MARCO, f"{ME}, {ANA}", D("2026-11-19 19:22"), "Intro: Tomás <> Ana (Tidewater data team)",
       """Ana, Tomás — introducing you two as promised.

Ana leads data engineering at Tidewater and is hiring a contractor for a Postgres ->
BigQuery migration early next year. Tomás is the freelance data engineer I worked with
at Parcelhub; he did exactly this kind of migration for us and it went smoothly.

I'll let you take it from here!
Marco
""")
i2 = M(ANA, f"{ME}", D("2026-11-20 09:41", "+0000"), "Re: Intro: Tomás <> Ana (Tidewater data team)",
       """Thanks Marco (moving you to bcc)!

Hi Tomás, lovely to meet you. Would you have 30 minutes next week for a call? I'm free
Tuesday afternoon or Thursday morning (UK time). Let me know what suits.

Ana
""")
T("owed", "Three-way intro: the introducee answered and asks me for a call slot.", i1, i2)

BRUNO = A("Bruno Saito", "bruno@quokkapay.com.br")
b1 = M(MARCO, f"{BRUNO}, {ME}", D("2026-11-10 14:03"), "Intro — Bruno (Quokka Pay) / Tomás",
       "Bruno, meet Tomás — the Spark/Delta person I mentioned. Tomás, Bruno is CTO at Quokka Pay and is rebuilding their lakehouse.\n\nOver to you both,\nMarco\n")
b2 = M(ME, BRUNO, D("2026-11-10 16:40"), "Re: Intro — Bruno (Quokka Pay) / Tomás",
       """Thanks Marco, moving you to bcc.

Hi Bruno, great to meet you. I'd love to hear more about the lakehouse rebuild. Would
a 30-minute call on Thursday or Friday work for you? I'm flexible between 13:00 and
19:00 CET, which should overlap with São Paulo mornings.

Best,
Tomás
""", mine=True)
T("awaiting", "Intro by Marco; I replied to Bruno proposing a call and he has not answered.", b1, b2)

INGRID = A("Ingrid Solberg", "ingrid.solberg@fjordretail.no")
f1 = M(ME, INGRID, D("2026-11-02 10:00"), "Invoice 2026-031 — October",
       "Hi Ingrid,\n\nPlease find attached invoice 2026-031 for October (42 hours, pipeline migration). Payment terms are 14 days as usual.\n\nBest regards,\nTomás\n", mine=True)
f2 = M(INGRID, ME1, D("2026-11-09 13:22"), "RE: Invoice 2026-031 — October",
       """Hei Tomás,

Our controller asked me why the invoice shows 42 hours when the estimate for October
was 35. Could you send a short breakdown by task so I can get it approved?

Takk,
Ingrid Solberg
Head of BI, Fjord Retail AS
""", thread_refs=False, extra=[("Thread-Topic", "Invoice 2026-031 — October"), ("X-Mailer", "Microsoft Outlook 16.0")])
T("owed", "Client replied (References/In-Reply-To dropped, same subject) asking me for an hours breakdown.", f1, f2)

SAM = A("Sam Okoye", "sam.okoye@protonmail.com")
s1 = M(SAM, ME, D("2026-11-22 21:10", "+0000"), "Favour: would you be a reference for me?",
       """Hey Tomás,

Hope freelancing is treating you well! I'm in the final stages with Monzo for a senior
analytics engineer role and they've asked for references. Would you be willing to be
one? It'd be a 15-min call with their recruiter sometime next week.

No worries at all if you're swamped.

Cheers,
Sam
""")
s2 = M(ME, SAM, D("2026-11-23 08:05"), "Re: Favour: would you be a reference for me?",
       "Of course, Sam — happy to. Who will be calling, and roughly when?\n\nTomás\n", mine=True)
s3 = M(SAM, ME, D("2026-11-23 19:40", "+0000"), "Re: Favour: would you be a reference for me?",
       """Amazing, thank you!! It'll be Laura from their talent team, probably Tuesday or Wednesday.
Could you send me the best phone number to pass on, and whether mornings or afternoons
suit you better?

Sam
""")
T("owed", "I agreed to be a reference; Sam thanks me but asks for my phone number and preferred time.", s1, s2, s3)

JAVIER = A("Javier Ortega Muñoz", "jortega@casaverde.es")
j1 = M(JAVIER, ME, D("2026-11-21 11:15"), "Consulta: migración de nuestro data warehouse a BigQuery",
       """Hola Tomás:

Me pasó tu contacto Lucía Fernández. En Casa Verde tenemos un data warehouse en
SQL Server (unos 2 TB) y queremos migrarlo a BigQuery durante el primer trimestre.

¿Tendrías disponibilidad para una llamada la próxima semana? Y, si es posible,
¿podrías darnos una idea aproximada de tu tarifa diaria?

Un saludo,
Javier Ortega
Director de Sistemas — Casa Verde
""", cte="quoted-printable")
j2 = M(ME, JAVIER, D("2026-11-21 17:02"), "Re: Consulta: migración de nuestro data warehouse a BigQuery",
       """Hola Javier:

Gracias por el contacto (y a Lucía). Mi tarifa diaria es de 850 EUR. Podría hacer una
llamada el martes o el jueves por la mañana. ¿Qué día os viene mejor?

Un saludo,
Tomás
""", mine=True, cte="quoted-printable")
j3 = M(JAVIER, ME, D("2026-11-24 09:48"), "RE: Consulta: migración de nuestro data warehouse a BigQuery",
       """Hola Tomás:

Perfecto, el jueves a las 10:00. Antes de la llamada, ¿podrías firmarnos el NDA que te
adjunto y enviárnoslo de vuelta?

Gracias,
Javier
""", cte="quoted-printable")
T("owed", "Spanish prospect: I gave rate and slots; he picked Thursday and asks me to sign and return an NDA.", j1, j2, j3)

YUKI = A("田中 由紀", "yuki.tanaka@soradata.co.jp", charset="iso-2022-jp")
y1 = M(ME, A("Sora Data Recruiting", "recruit@soradata.co.jp"), D("2026-11-12 08:55"),
       "Application: Data Engineer (Remote, JST overlap)",
       "Dear Sora Data recruiting team,\n\nI'd like to apply for the remote Data Engineer position (JST overlap). My CV is attached; I have 8 years of experience with Airflow, Spark and BigQuery.\n\nKind regards,\nTomás Lindqvist\n", mine=True)
y2 = M(YUKI, ME, D("2026-11-20 10:30", "+0900"), "面接日程のご相談 (Data Engineer)",
       """Lindqvist様

ご応募いただきありがとうございます。株式会社ソラデータ採用担当の田中です。
一次面接の日程を調整させていただきたく、ご連絡いたしました。

下記の候補日時からご都合のよい日時をお知らせいただけますでしょうか。
(English below)

- 12月1日(火) 17:00 JST
- 12月2日(水) 18:00 JST

Thank you for applying. Could you tell us which of the slots above works for your
first interview?

よろしくお願いいたします。
田中 由紀
""", charset="iso-2022-jp", ctype='text/plain; charset="ISO-2022-JP"', cte="base64",
       subject_raw=Header("面接日程のご相談 (Data Engineer)", "iso-2022-jp").encode())
T("owed", "Japanese recruiter replied to my application asking me to pick an interview slot.", y1, y2)

DANA = A("Dana Whitfield", "dana.whitfield@brightwellhealth.com")
d1 = M(DANA, ME, D("2026-11-25 07:50", "-0500"), "Incident retro Monday — can you join?",
       """Hi Tomás,

We're doing the retro on last week's late-arriving claims data on Monday 30th at
10am ET. Since you built the dedup stage, could you join for the first 30 minutes?
If not, could you send a short written summary of the root cause beforehand?

Thanks,
Dana
""")
d2 = M(ME, DANA, D("2026-11-25 14:10"), "Automatic reply: Incident retro Monday — can you join?",
       "Hi,\n\nI'm travelling until Thursday 26 November with limited access to email. I'll reply as soon as I'm back.\n\nTomás\n",
       mine=True, extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
T("owed", "Client asks me to join a retro; only my own out-of-office auto-reply went out, which is not an answer.", d1, d2)

INES = A("Inês Carvalho", "ines.carvalho@pydata-lisboa.pt")
p1 = M(INES, ME, D("2026-11-06 18:00", "+0000"), "Talk proposal: streaming CDC at scale",
       """Olá Tomás,

Thank you for submitting "Streaming CDC at scale without tears" to PyData Lisbon 2027.
The committee would like to accept it as a 30-minute talk. Could you confirm that you
can present on 12 March, and tell us whether you need travel support?

Obrigada,
Inês Carvalho, programme committee
""", no_mid=True, extra=[("X-Mailer", "Thunderbird 128.3.1")])
p2 = M(INES, ME, D("2026-11-16 09:20", "+0000"), "Re: Talk proposal: streaming CDC at scale",
       "Hi Tomás, just bumping this — we need confirmations by the end of November to publish the schedule. Could you let me know?\n\nInês\n",
       thread_refs=False)
T("owed", "Conference organiser asks me to confirm my talk, then bumps it; no reply from me.", p1, p2,
  root_note="The first message has no Message-ID; root is the follow-up (same subject, same sender).")

ETHAN = A("Ethan Brooks", "ethan@sundial.energy")
e1 = M(ETHAN, ME, D("2026-11-23 16:44", "-0800"), "Your dbt talk + a Staff Data Engineer role at Sundial", "",
       ctype='text/html; charset="utf-8"', cte="quoted-printable",
       raw_body=quopri.encodestring("""<!DOCTYPE html><html><head><meta charset="utf-8"><style>p{font-family:Arial}</style></head>
<body><p>Hi Tom&aacute;s,</p>
<p>I watched your talk on <b>testing dbt models in CI</b> and loved it. I&rsquo;m the VP of
Engineering at <a href="https://sundial.energy">Sundial Energy</a> and we&rsquo;re hiring a
<i>Staff Data Engineer</i> (remote, EU time zones welcome).</p>
<p>Would you be open to a 30&#8209;minute chat? What does your availability look like next week?</p>
<p>Best,<br>Ethan Brooks<br><span style="color:#888">VP Engineering, Sundial Energy</span></p>
</body></html>
""".encode("utf-8")))
T("owed", "HTML-only message from a hiring manager asking for my availability.", e1)

MARIANA = A("Mariana Conceição", "mariana@recifedados.com.br")
mc_body = """Olá Tomás,

Somos uma consultoria de dados em Recife e estamos procurando um engenheiro de dados
sênior para um projeto de 3 meses (migração de pipelines para Airflow 2 e dbt).
Você teria interesse? Poderia nos enviar sua disponibilidade a partir de janeiro e o
valor da sua diária?

Atenciosamente,
Mariana Conceição
"""
m1 = M(MARIANA, ME, D("2026-11-19 15:32", "-0300"), "Proposta de consultoria — pipeline de dados", "",
       raw_body=mc_body.encode("latin-1"))  # declared utf-8 but latin-1 bytes
T("owed", "Brazilian consultancy asks for my availability and rate; body is latin-1 mislabelled as UTF-8.", m1)

LUCIA = A("Lucía Fernández", "lucia.fernandez@pampalogistics.com.ar")
l1 = M(ME, LUCIA, D("2026-11-03 15:00"), "Proposal: Airflow to Dagster migration",
       "Hola Lucía,\n\nAs promised, here's my proposal for the Airflow -> Dagster migration: 25 days, fixed price, including two training sessions for your team. Let me know what you think.\n\nSaludos,\nTomás\n", mine=True)
l2 = M(LUCIA, "TOMAS@Lindqvist.DEV", D("2026-11-13 10:18", "-0300"), "Re: Proposal: Airflow to Dagster migration",
       """Hola Tomás,

We reviewed it internally and would like to go ahead. Two questions before I send the
PO: could you start on 7 December? And is the fixed price inclusive of VAT?

Gracias,
Lucía
""")
T("owed", "Client accepts my proposal and asks two questions (addressed to my address in mixed case).", l1, l2)

JONAS = A("Jonas Weber", "jonas.weber@posteo.de")
fw_body = """Tomás — saw this and thought of you. I know their Head of Data from my time at
Zalando. Want me to refer you? Just say the word and send me an updated CV.

Jonas

---------- Forwarded message ---------
From: Ostrava Mobility Careers <careers@ostrava-mobility.cz>
Date: Mon, 23 Nov 2026 at 09:00
Subject: Staff Data Engineer — Ostrava Mobility
To: <jonas.weber@posteo.de>

We're hiring a Staff Data Engineer to lead our streaming platform (Kafka, Flink, Iceberg).
Remote within the EU. Apply at https://ostrava-mobility.cz/careers/staff-de
"""
w1 = M(JONAS, ME, D("2026-11-24 07:55"), "Fwd: Staff Data Engineer — Ostrava Mobility", fw_body)
T("owed", "A friend forwards a job posting and offers to refer me; he asks for my go-ahead.", w1)

FELIX = A("Felix Braun", "felix.braun@kiezcommerce.de")
x1 = M(FELIX, ME_G, D("2026-11-05 09:30"), "Spark consulting for 2 weeks?",
       "Hi Tomás,\n\nGot your Gmail from the meetup list. We have a Spark job that takes 6 hours and should take 1. Any chance you could help for two weeks in December?\n\nFelix\n")
x2 = M(ME, FELIX, D("2026-11-05 12:12"), "Re: Spark consulting for 2 weeks?",
       "Hi Felix,\n\n(Replying from my work address.) Possibly, yes. Could you send me the job's rough shape — input size, cluster size, and what it does?\n\nTomás\n", mine=True)
x3 = M(FELIX, ME, D("2026-11-12 17:03"), "Re: Spark consulting for 2 weeks?",
       "Hi Tomás,\n\nDetails attached inline: 1.2 TB of parquet, 20 x r5.2xlarge, big shuffle join on customer_id. Could you send me a quote by Friday?\n\nThanks!\nFelix\n")
T("owed", "Prospect wrote to my Gmail, I answered from my work address, he replied asking for a quote.", x1, x2, x3)

PRIYA = A("Priya Nair", "priya.nair@banyanlabs.in")
q1 = M(PRIYA, ME, D("2026-09-08 11:00", "+0530"), "Quick question",
       "Hi Tomás, which version of the Debezium connector did you use for the Postgres CDC setup last year? We're seeing odd snapshot behaviour.\n\nPriya\n")
q2 = M(ME, PRIYA, D("2026-09-08 12:30", "+0200"), "Re: Quick question",
       "Hi Priya, it was 2.5.x with snapshot.mode=initial. 2.6 changed the default for incremental snapshots, which might explain it.\n\nTomás\n", mine=True)
q3 = M(PRIYA, ME, D("2026-09-09 09:02", "+0530"), "Re: Quick question", "That was it. Thanks!\n")
T("none", "Old exchange closed by a short 'Thanks!' from Priya.", q1, q2, q3)
q4 = M(PRIYA, ME, D("2026-11-14 10:40", "+0530"), "Quick question",
       "Hi Tomás, another one: would you be open to reviewing our Iceberg table layout for an hour next week? Paid, of course. What would you charge?\n\nPriya\n",
       thread_refs=False)
T("owed", "New 'Quick question' from Priya two months after the first (beyond 30 days, no References): separate thread, asks me something.", q4)

HUGO = A("Hugo Martin", "hugo.martin@datacraft.fr")
CLAIRE = A("Claire Lefèvre", "claire.lefevre@banqueazur.fr")
c1 = M(HUGO, f"{CLAIRE}, {ME}", D("2026-11-26 18:20"), "Présentation : Tomás / Claire (Banque Azur)",
       """Bonjour Claire, hello Tomás,

Je vous mets en relation comme convenu. Claire dirige l'équipe data de Banque Azur et
cherche un freelance pour auditer leurs pipelines Spark. Tomás est le meilleur
ingénieur data freelance que je connaisse à Berlin.

(Tomás, Claire speaks English perfectly.)

Je vous laisse échanger !
Hugo
""")
T("owed", "Three-way intro in French where I am in To; nobody has replied yet, I should answer the introducer/introducee.", c1)

# ==========================================================================
# AWAITING
# ==========================================================================

NINA = A("Nina Park", "nina.park@heliorobotics.com")
a1 = M(ME, NINA, D("2026-11-09 09:00"), "Application — Senior Data Engineer (ref HR-2231)",
       "Dear Nina,\n\nI'm applying for the Senior Data Engineer role (ref HR-2231). CV attached. I'd be happy to discuss how my experience with robotics telemetry pipelines at Parcelhub could help.\n\nKind regards,\nTomás Lindqvist\n", mine=True)
a2 = M(ME, NINA, D("2026-11-19 09:15"), "Re: Application — Senior Data Engineer (ref HR-2231)",
       "Hi Nina,\n\nJust following up on my application below — is the role still open, and is there anything else you need from me?\n\nBest,\nTomás\n", mine=True, dup=True)
T("awaiting", "My application and follow-up to a hiring contact, no reply (follow-up stored in INBOX and Sent: count once).", a1, a2)

inv_i = M(ME, INGRID, D("2026-11-20 10:00"), "Invoice November 2026",
          "Hi Ingrid,\n\nAttached is the invoice for November (31 hours). Could you confirm it's been received by accounts payable?\n\nThanks,\nTomás\n", mine=True)
T("awaiting", "I sent an invoice and asked for confirmation of receipt; no reply.", inv_i)
inv_l = M(ME, LUCIA, D("2026-11-20 10:05"), "Invoice November 2026",
          "Hola Lucía,\n\nAttached is the invoice for the November discovery work (5 days). Bank details as before.\n\nSaludos,\nTomás\n", mine=True)
inv_l2 = M(LUCIA, ME, D("2026-11-23 09:30", "-0300"), "RE: Invoice November 2026", "Paid today — thanks!\n")
T("none", "Same subject as the Fjord invoice but a different counterpart; client closed with a short 'Paid today — thanks!'.", inv_l, inv_l2)

OLIVIA = A("Olivia Grant", "olivia.grant@tidallabs.ai")
t1 = M(OLIVIA, ME, D("2026-11-05 13:00", "+0000"), "Interview confirmation — Tidal Labs",
       "Hi Tomás,\n\nConfirming your interview with our Head of Data on Wednesday 11 November at 15:00 GMT. Please reply to confirm you can make it.\n\nOlivia\n")
t2 = M(ME, OLIVIA, D("2026-11-05 14:20"), "Re: Interview confirmation — Tidal Labs",
       "Hi Olivia, confirmed — see you on Wednesday.\n\nTomás\n", mine=True)
t3 = M(ME, OLIVIA, D("2026-11-13 10:00"), "Re: Interview confirmation — Tidal Labs",
       "Hi Olivia,\n\nThanks again for arranging Wednesday's interview; I enjoyed the conversation. Could you let me know what the timeline looks like for next steps?\n\nBest,\nTomás\n", mine=True)
T("awaiting", "After the interview I asked about the timeline; no answer.", t1, t2, t3)

KATJA = A("Katja Hoffmann", "k.hoffmann@parcelhub.de")
kh1 = M(ME, KATJA, D("2026-11-23 08:45"), "Would you be a reference for me?",
        "Hi Katja,\n\nI'm in the final rounds with a couple of companies. Would you be willing to act as a reference? It would be a short call with a recruiter.\n\nThanks a lot,\nTomás\n", mine=True)
kh2 = M(KATJA, ME, D("2026-11-23 08:46"), "Out of Office: Would you be a reference for me?",
        "Thank you for your message. I am out of the office until 30 November with limited access to email. For urgent matters please contact data-team@parcelhub.de.\n\nKatja Hoffmann\n",
        extra=[("X-Auto-Response-Suppress", "All"), ("Thread-Topic", "Would you be a reference for me?")])
T("awaiting", "I asked my ex-manager a favour; only her out-of-office (no Auto-Submitted header) came back, which is not an answer.", kh1, kh2)

RAHUL = A("Rahul Gupta", "rahul.gupta@nimbusfreight.in")
rg1 = M(RAHUL, ME, D("2026-11-10 11:00", "+0530"), "Dashboard latency issue",
        "Hi Tomás, the shipments dashboard takes 40s to load since Friday. Can you take a look?\n\nRahul\n")
rg2 = M(ME, RAHUL, D("2026-11-10 10:30"), "Re: Dashboard latency issue",
        "Hi Rahul,\n\nFound it: a new filter defeats partition pruning on the events table. I have a fix ready — can I deploy it on Thursday during your maintenance window?\n\nTomás\n", mine=True)
rg3 = M(RAHUL, ME, D("2026-11-10 15:01", "+0530"), "Automatic reply: Re: Dashboard latency issue",
        "I am on leave until 30 November. For production issues please contact ops@nimbusfreight.in.\n",
        extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "rahul.gupta@nimbusfreight.in")])
T("awaiting", "I asked the client to approve a deploy; only his Auto-Submitted out-of-office came back.", rg1, rg2, rg3)

MS_BAD = "m.schneider@grafit-data.de"
MS = A("Mara Schneider", "m.schneider@graphit-data.de")
bo1 = M(ME, A("Mara Schneider", MS_BAD), D("2026-11-17 20:10"), "Following up on our chat at the meetup",
        "Hi Mara,\n\nGreat meeting you at the Data Council meetup. You mentioned Graphit might need help with their Flink jobs — would you like me to send a short proposal?\n\nTomás\n", mine=True)
dsn = f"""This is a MIME-encapsulated message.

--dsn.4711/mail.lindqvist.dev
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.lindqvist.dev.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<{MS_BAD}>: Host or domain name not found. Name service error for
    name=grafit-data.de type=MX: Host not found, try again

--dsn.4711/mail.lindqvist.dev
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.lindqvist.dev
Arrival-Date: Tue, 17 Nov 2026 20:10:02 +0100

Final-Recipient: rfc822; {MS_BAD}
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found.

--dsn.4711/mail.lindqvist.dev--
"""
bo2 = M(A("Mail Delivery System", "MAILER-DAEMON@mail.lindqvist.dev"), ME1, D("2026-11-17 20:11"),
        "Undelivered Mail Returned to Sender", "",
        ctype='multipart/report; report-type=delivery-status; boundary="dsn.4711/mail.lindqvist.dev"', cte=None,
        raw_body=dsn, extra=[("Auto-Submitted", "auto-replied")])
bo3 = M(ME, MS, D("2026-11-17 20:25"), "Re: Following up on our chat at the meetup",
        "Hi Mara,\n\n(Resending — I had a typo in your address.) Great meeting you at the meetup. Would you like me to send a short proposal for the Flink work?\n\nTomás\n", mine=True)
bo3.thread_refs = True
T("awaiting", "My mail bounced (DSN in thread); I resent it to the correct address and have had no reply.", bo1, bo2, bo3)
# the resend replies to my own original, not to the DSN
bo3.irt = bo1.mid
bo3.refs = [bo1.mid]

CARMEN = A("Carmen Ruiz", "carmen.ruiz@azulejo-analytics.es")
cr0 = M(CARMEN, ME, D("2026-11-10 12:10"), "Presupuesto: migración a dbt y orquestación",
        "Hola Tomás:\n\nTras la reunión del martes, ¿nos puedes enviar un presupuesto para la migración a dbt y la orquestación?\n\nGracias,\nCarmen\n",
        cte="quoted-printable")
cr1 = M(ME, CARMEN, D("2026-11-18 17:30"), "RE: Presupuesto: migración a dbt y orquestación",
        """Hola Carmen:

Te adjunto el presupuesto para la migración de vuestros scripts SQL a dbt, con
orquestación en Dagster: 18 jornadas, a partir de enero.

¿Te parece bien el alcance? Si preferís, podemos comentarlo en una llamada el jueves.

Un saludo,
Tomás
""", mine=True, cte="quoted-printable")
T("awaiting", "She asked for a quote; I sent it (Spanish) asking if the scope is OK; no reply.", cr0, cr1)

ALPACA = A("Alpaga — Recrutement", "jobs@alpaga.fr")
fr1 = M(ME, ALPACA, D("2026-11-16 11:11"), "Candidature — Senior Data Engineer (CDI, remote)",
        "Bonjour,\n\nJe vous adresse ma candidature pour le poste de Senior Data Engineer. Vous trouverez mon CV en pièce jointe. Je serais ravi d'échanger avec vous.\n\nCordialement,\nTomás Lindqvist\n", mine=True)
fr2 = M(A("Alpaga Recrutement", "no-reply@alpaga.fr"), ME1, D("2026-11-16 11:12"),
        "Re: Candidature — Senior Data Engineer (CDI, remote)",
        "Bonjour,\n\nNous avons bien reçu votre candidature et nous vous remercions de l'intérêt que vous portez à Alpaga. Notre équipe reviendra vers vous sous 15 jours.\n\nCeci est un message automatique, merci de ne pas y répondre.\n",
        extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, AutoReply")])
T("awaiting", "French application; only an automatic no-reply acknowledgement came back.", fr1, fr2)

ELENA = A("Elena Petrova", "elena.petrova@hwr-berlin.de")
el1 = M(ELENA, ME, D("2026-11-19 12:00"), "Guest lecture on data contracts?",
        "Dear Tomás,\n\nWould you be interested in giving a 90-minute guest lecture on data contracts to our MSc Data Engineering students in January?\n\nBest wishes,\nElena Petrova\n")
el2 = M(A("Tomas Lindqvist", "T.Lindqvist@Gmail.com"), ELENA, D("2026-11-20 07:58"), "Re: Guest lecture on data contracts?",
        "Dear Elena,\n\nHappy to! Which dates in January are you considering, and is there a speaker fee or is it pro bono? (Writing from my personal address, phone only this morning.)\n\nBest,\nTomás\n",
        mine=True, domain="mail.gmail.com")
T("awaiting", "I answered from my second address (mixed case) with questions; no reply yet.", el1, el2)

OWEN = A("Owen Clarke", "owen.clarke@meridianmedia.co.uk")
oc1 = M(ME, OWEN, D("2026-10-30 10:00", "+0100"), "Q4 data audit — kickoff",
        "Hi Owen,\n\nFor the Q4 data audit I suggest we kick off on 9 November. I'll send a questionnaire for the data owners beforehand. OK for you?\n\nTomás\n", mine=True)
oc2 = M(OWEN, ME, D("2026-11-04 16:45", "+0000"), "RE: Q4 data audit — kickoff",
        "Sounds good. Please send the questionnaire over when ready.\n\nOwen\n", thread_refs=False)
oc3 = M(ME, OWEN, D("2026-11-05 09:10"), "Re: Q4 data audit — kickoff",
        "Hi Owen,\n\nHere's the questionnaire. Could your data owners fill it in by 20 November? Let me know if anyone needs a walkthrough.\n\nTomás\n", mine=True)
T("awaiting", "Client's reply dropped References (subject fallback); I then sent the questionnaire with a deadline and have heard nothing.", oc1, oc2, oc3)

GRETA = A("Greta Lind", "greta.lind@vasainsurance.se")
gr1 = M(ME, GRETA, D("2026-11-24 16:00"), "Proposal: streaming ingestion PoC (fixed price)",
        "Hej Greta,\n\nAttached is the proposal for the streaming ingestion PoC: 10 days, fixed price EUR 9,500. Could you let me know by next week whether you'd like to go ahead?\n\nTomás\n", mine=True)
mdn = f"""--mdn-boundary-2211
Content-Type: text/plain; charset="utf-8"

Your message

  To: Greta Lind
  Subject: Proposal: streaming ingestion PoC (fixed price)
  Sent: 24 November 2026 16:00:00 (UTC+01:00)

was read on 25 November 2026 08:12:41 (UTC+01:00).

--mdn-boundary-2211
Content-Type: message/disposition-notification

Reporting-UA: vasainsurance.se; Microsoft Outlook 16.0
Final-Recipient: rfc822;greta.lind@vasainsurance.se
Original-Message-ID: {gr1.mid}
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-boundary-2211--
"""
gr2 = M(GRETA, ME, D("2026-11-25 08:12"), "Read: Proposal: streaming ingestion PoC (fixed price)", "",
        ctype='multipart/report; report-type=disposition-notification; boundary="mdn-boundary-2211"', cte=None, raw_body=mdn)
T("awaiting", "Only a read receipt came back (from the person's own address); it is not a reply.", gr1, gr2)

KENJI = A("佐藤 健二", "kenji.sato@hikari-logi.jp")
kj0 = M(KENJI, ME, D("2026-11-09 18:05", "+0900"), "データ基盤の件（ご相談）",
        "Lindqvist様\n\n突然のご連絡失礼いたします。光ロジスティクスの佐藤と申します。\n弊社のデータ基盤（BigQuery、Airflow）のレビューをお願いできないかと考えております。\nWe would like to ask you to review our data platform. Is this something you could help with?\n\n佐藤 健二\n",
        cte="base64")
kj1 = M(ME, KENJI, D("2026-11-10 02:30"), "Re: データ基盤の件（ご相談）",
        "佐藤様\n\nご連絡ありがとうございます。Lindqvistです。\nThank you for your interest in a data platform review. Could we schedule a 45-minute call? I can do 9:00-11:00 JST any day next week.\n\nよろしくお願いいたします。\nTomás Lindqvist\n",
        mine=True, cte="base64")
T("awaiting", "Japanese prospect asked for a review; I replied proposing a call (encoded subject, base64 bodies); no reply.", kj0, kj1)

TOMH = A("Tom Hughes", "tom@hughes-consulting.co.uk")
th1 = M(ME, TOMH, D("2026-10-29 11:00", "+0100"), "Retainer for 2027?",
        "Hi Tom,\n\nAs our current engagement ends in December, would you be interested in a small monthly retainer (4 days/month) for 2027? Happy to send terms.\n\nTomás\n", mine=True)
th2 = M(ME, TOMH, D("2026-11-16 10:30"), "Re: Retainer for 2027?",
        "Hi Tom, gentle nudge on this one — shall I send the terms over?\n\nTomás\n", mine=True)
T("awaiting", "I proposed a retainer and nudged two weeks later; never heard back.", th1, th2)

NADIA = A("Nadia Haddad", "nadia.haddad@cedarhealth.org")
nh1 = M(NADIA, ME, D("2026-11-06 17:20", "-0500"), "Data model review notes",
        "Hi Tomás, here are my notes from the data model review (doc link below). Thanks for walking us through it.\nhttps://docs.example.org/d/cedar-dm-review\n\nNadia\n")
nh2 = M(ME, NADIA, D("2026-11-07 09:00"), "Re: Data model review notes", "Thanks Nadia!\n", mine=True)
nh3 = M(ME, NADIA, D("2026-11-16 14:30"), "Re: Data model review notes",
        "Hi Nadia,\n\nOne more question after going through the notes: should the patient dimension be SCD type 2, or is type 1 enough for your reporting? It changes the estimate quite a bit.\n\nTomás\n", mine=True)
T("awaiting", "After a courtesy 'Thanks Nadia!' I followed up with a real question; no answer.", nh1, nh2, nh3)

WEI = A("Wei Chen", "wei.chen@lotusgrid.sg")
wc1 = M(WEI, ME, D("2026-11-12 09:15", "+0800"), "Revised estimate?",
        "Hi Tomás, management thinks 22 days is too much for the CDC rollout. Could you send a revised estimate with a reduced scope?\n\nWei\n")
wc2 = M(ME, WEI, D("2026-11-12 08:00"), "Re: Revised estimate?",
        "Hi Wei, sure — I'll send it by Monday.\n\nTomás\n", mine=True)
wc3 = M(A("Tomás Lindqvist", "tomas@LINDQVIST.dev"), WEI, D("2026-11-16 18:40"), "Re: Revised estimate?",
        "Hi Wei,\n\nAs promised, the revised estimate: 18 days, dropping the historical backfill to phase 2. Does that work for management?\n\nTomás\n", mine=True)
T("awaiting", "I kept my promise and sent the revised estimate with a question; no reply.", wc1, wc2, wc3)

RAFAEL = A("Rafael Souza", "rafael.souza@manguetech.com.br")
rs0 = M(RAFAEL, ME, D("2026-11-14 16:20", "-0300"), "Disponibilidade para o projeto em janeiro",
        "Olá Tomás,\n\nO projeto de dados foi aprovado para janeiro. Você ainda teria disponibilidade?\n\nAbraço,\nRafael\n")
rs1 = M(ME, RAFAEL, D("2026-11-15 14:00"), "Re: Disponibilidade para o projeto em janeiro",
        "Olá Rafael,\n\nConfirmando minha disponibilidade para o projeto de dados a partir de 11 de janeiro. Podemos marcar uma chamada para alinhar o escopo? Que dia funciona melhor para você?\n\nAbraço,\nTomás\n",
        mine=True)
T("awaiting", "Asked about availability, I confirmed in Portuguese and asked for a call date; no reply.", rs0, rs1)

# ==========================================================================
# NONE
# ==========================================================================

n1 = M(A("Data Engineering Weekly", "newsletter@dataengweekly.com"), ME1, D("2026-11-22 07:00", "-0500"),
       "DEW #212: Iceberg v3, the death of the DAG, and more",
       "Hi there,\n\nThis week: Iceberg v3 deletion vectors, why your DAG is a lie, and a hands-on guide to DuckDB in CI.\n\nRead online: https://dataengweekly.com/p/212\n\nUnsubscribe: https://dataengweekly.com/unsub\n",
       extra=[("List-Id", "Data Engineering Weekly <newsletter.dataengweekly.com>"),
              ("List-Unsubscribe", "<https://dataengweekly.com/unsub?u=8812>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "list")])
T("none", "Newsletter (List-Id, List-Unsubscribe).", n1)

n2 = M(A("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"), ME2, D("2026-11-26 06:30"),
       "“data engineer”: 14 new jobs in Berlin, Germany",
       "Your job alert for data engineer in Berlin, Germany\n\nSenior Data Engineer — Trade Republic\nData Engineer (m/w/d) — Zalando\nAnalytics Engineer — N26\n...\n\nSee all jobs: https://www.linkedin.com/jobs/search/?alert=1\n",
       extra=[("X-LinkedIn-Class", "JOBS-TO-MBR")])
T("none", "Job-board alert from a no-reply sender (no list headers).", n2)

n3 = M(A("Ana Costa via LinkedIn", "invitations@linkedin.com"), ME2, D("2026-11-20 10:02", "+0000"),
       "Ana, please add me to your LinkedIn network",
       "Hi Tomás,\n\nI'd like to join your LinkedIn network.\n\nAna Costa\nHead of Data Engineering at Tidewater\n\nAccept: https://www.linkedin.com/comm/invitations/accept\n",
       extra=[("List-Unsubscribe", LI_UNSUB), ("X-LinkedIn-Class", "INVITE-MBR")])
T("none", "Social-network connection notification (looks like it is from a person, but it is LinkedIn).", n3)

JAKE = A("Jake Miller", "jake.miller@talentreach.io")
jm1 = M(JAKE, ME, D("2026-11-02 14:03", "-0500"), "Quick question, Tomás",
        "Hi Tomás,\n\nI noticed your work on data pipelines at Parcelhub — impressive stuff. I'm helping a fast-growing AI company hire Senior Data Engineers. Worth a quick chat?\n\nBest,\nJake\n",
        extra=[("X-Mailer", "Outreach"), ("List-Unsubscribe", "<https://t.talentreach.io/unsub/9f2c1>")])
jm2 = M(JAKE, ME, D("2026-11-06 14:03", "-0500"), "Re: Quick question, Tomás",
        "Hi Tomás, just bumping this to the top of your inbox. Would you be open to a 15-minute call this week?\n\nJake\n",
        extra=[("X-Mailer", "Outreach"), ("List-Unsubscribe", "<https://t.talentreach.io/unsub/9f2c1>")])
jm3 = M(JAKE, ME, D("2026-11-13 14:03", "-0500"), "Re: Quick question, Tomás",
        "Hi Tomás, I don't want to be a pest — I'll assume the timing isn't right. If that changes, just reply to this email.\n\nJake\n",
        extra=[("X-Mailer", "Outreach"), ("List-Unsubscribe", "<https://t.talentreach.io/unsub/9f2c1>")])
T("none", "Automated recruiter sequence that looks personal (Outreach, List-Unsubscribe, same minute each step).", jm1, jm2, jm3)

LEO = A("Leo Hartmann | Gem", "leo@hire.gem-mail.com")
gm1 = M(LEO, ME, D("2026-11-09 16:00", "-0800"), "Tomás — Staff Data roles at Vellum",
        "Hey Tomás,\n\nYour background in streaming caught my eye. Vellum is hiring Staff Data Engineers (remote). Interested in hearing more?\n\nLeo\n",
        extra=[("Precedence", "bulk"), ("X-Campaign", "vellum-staff-de-q4")])
gm2 = M(LEO, ME, D("2026-11-16 16:00", "-0800"), "Re: Tomás — Staff Data roles at Vellum",
        "Hey Tomás, following up in case this got buried. Still keen to chat?\n\nLeo\n",
        extra=[("Precedence", "bulk"), ("X-Campaign", "vellum-staff-de-q4")])
T("none", "Recruiting-platform sequence marked Precedence: bulk.", gm1, gm2)

tk1 = M(A("HetzBox Support", "no-reply@support.hetzbox.io"), ME1, D("2026-11-21 10:14", "+0000"),
        "[Ticket #48213] We received your request: Duplicate charge on invoice",
        "Hello Tomás,\n\nThank you for contacting HetzBox Support. Your request (#48213) has been received and is being reviewed by our staff.\n\nTo add additional comments, reply to this email.\n",
        extra=[("Auto-Submitted", "auto-generated"), ("X-Zendesk-From-Account-Id", "7781c2")], domain="zendesk.hetzbox.io")
tk2 = M(A("Marek (HetzBox Support)", "no-reply@support.hetzbox.io"), ME1, D("2026-11-23 15:40", "+0000"),
        "[Ticket #48213] Re: Duplicate charge on invoice",
        "##- Please type your reply above this line -##\n\nMarek (HetzBox Support)\n\nHi Tomás, we've refunded the duplicate charge of EUR 39.00; it should appear on your card within 5 business days. This ticket will be closed automatically in 3 days.\n",
        extra=[("X-Zendesk-From-Account-Id", "7781c2")], domain="zendesk.hetzbox.io")
T("none", "Support-desk ticket updates from a no-reply address; issue resolved.", tk1, tk2)

PER = A("Per Andersen", "per.andersen@fjordretail.no")
cc1 = M(INGRID, PER, D("2026-11-24 09:05"), "S3 access for Tomás",
        "Per,\n\nCan you give Tomás read access to the s3://fjord-raw bucket by Friday? He needs it for the backfill.\n\nIngrid\n", cc=ME)
cc2 = M(PER, INGRID, D("2026-11-24 11:30"), "RE: S3 access for Tomás",
        "Will do — I'll set it up tomorrow morning.\n\nPer\n", cc=ME)
T("none", "Client employees talk about me; I am only in Cc.", cc1, cc2)

SOFIA = A("Sofía Marín", "sofia.marin@brisa.travel")
so1 = M(ME, SOFIA, D("2026-11-19 17:00"), "Handover docs for the ingestion service",
        "Hi Sofía,\n\nHere are the handover docs: runbook, architecture diagram and on-call notes. That wraps up the engagement on my side.\n\nTomás\n", mine=True, dup=True)
so2 = M(SOFIA, ME, D("2026-11-19 18:22"), "Re: Handover docs for the ingestion service",
        "Perfect, thank you so much Tomás! 🙏\n")
T("none", "Client closed with a courtesy thank-you (my message is in both INBOX and Sent: counts once).", so1, so2)

DYLAN = A("Dylan Shaw", "dylan.shaw@apexstaffing.co.uk")
dy1 = M(DYLAN, ME, D("2026-11-12 10:00", "+0000"), "Contract role: 6-month Snowflake migration, £600/day",
        "Hi Tomás,\n\nI have a 6-month outside-IR35 contract (Snowflake migration, London/remote) at £600/day starting January. Interested?\n\nDylan\n")
dy2 = M(ME, DYLAN, D("2026-11-13 08:20"), "Re: Contract role: 6-month Snowflake migration, £600/day",
        "Hi Dylan,\n\nI'll pass, thank you — I'm not taking on new contracts of that length before March.\n\nBest,\nTomás\n", mine=True)
T("none", "I declined clearly ('I'll pass, thank you').", dy1, dy2)

MEGAN = A("Megan Ross", "megan.ross@orbitanalytics.com")
mr1 = M(ME, MEGAN, D("2026-10-28 09:30"), "Application: Lead Data Engineer",
        "Dear Megan,\n\nPlease find my application for the Lead Data Engineer role attached. I'd welcome the chance to discuss it.\n\nKind regards,\nTomás\n", mine=True)
mr2 = M(MEGAN, ME, D("2026-11-11 17:45", "-0500"), "RE: Application: Lead Data Engineer",
        "Dear Tomás,\n\nThank you for your interest in Orbit Analytics. After careful consideration we have decided to move forward with other candidates whose experience more closely matches our current needs. We wish you every success in your search.\n\nKind regards,\nMegan Ross\n")
T("none", "They declined my application clearly; nothing to answer.", mr1, mr2)

LARS = A("Lars Eriksson", "lars@eriksson.tech")
le1 = M(LARS, ME, D("2026-11-18 13:00"), "The Terraform module I promised",
        "Hi Tomás, here's the MSK Terraform module I mentioned: https://git.example.com/lars/msk-module — use freely.\n\nLars\n")
le2 = M(ME, LARS, D("2026-11-18 13:40"), "Re: The Terraform module I promised", "Thanks a lot, Lars!\n", mine=True)
le3 = M(LARS, ME, D("2026-11-18 13:41"), "Automatic reply: Re: The Terraform module I promised",
        "I'm off until 1 December without email. Back soon!\n", extra=[("Auto-Submitted", "auto-replied")])
T("none", "He did me a favour, I thanked him; his out-of-office afterwards is not a message.", le1, le2, le3)

LEAH = A("Leah Kim", "leah.kim@harborai.com")
cal_ics = ics("REQUEST", "Intro call: Tomás / Harbor AI", ("Leah Kim", "leah.kim@harborai.com"),
              ("Tomás Lindqvist", ME1), "20261201T160000Z", "20261201T163000Z", "7kq2harbor@google.com")
cal_body = f"""--000000000000cal01
Content-Type: text/plain; charset="UTF-8"

You have been invited to the following event.

Intro call: Tomás / Harbor AI
When: Tuesday 1 Dec 2026 17:00 – 17:30 (CET)
Joining info: meet.google.com/xyz-abcd-efg

Going (tomas@lindqvist.dev)? Yes - Maybe - No

Invitation from Google Calendar
--000000000000cal01
Content-Type: text/calendar; charset="UTF-8"; method=REQUEST

{cal_ics}
--000000000000cal01--
"""
ca1 = M(LEAH, ME1, D("2026-11-18 11:15", "-0800"), "Invitation: Intro call: Tomás / Harbor AI @ Tue 1 Dec 2026 17:00 - 17:30 (CET) (tomas@lindqvist.dev)", "",
        ctype='multipart/alternative; boundary="000000000000cal01"', cte=None, raw_body=cal_body,
        extra=[("Sender", "Google Calendar <calendar-notification@google.com>"), ("Reply-To", "leah.kim@harborai.com")], domain="google.com")
T("none", "Calendar invitation (text/calendar METHOD:REQUEST); no conversation to answer.", ca1)

sp_ics = ics("REQUEST", "Sprint review — Pampa data platform", ("Tomás Lindqvist", ME1),
             ("Lucía Fernández", "lucia.fernandez@pampalogistics.com.ar"), "20261203T170000Z", "20261203T180000Z", "sprint-pampa-1203@lindqvist.dev")
sp1 = M(ME, LUCIA, D("2026-11-20 11:00"), "Invitation: Sprint review — Pampa data platform @ Thu 3 Dec 2026 18:00", "",
        ctype='multipart/alternative; boundary="cal-sprint-02"', cte=None, mine=True,
        raw_body="--cal-sprint-02\nContent-Type: text/plain; charset=\"utf-8\"\n\nSprint review, Thursday 3 December 18:00 CET.\n\n--cal-sprint-02\nContent-Type: text/calendar; charset=\"utf-8\"; method=REQUEST\n\n" + sp_ics + "\n--cal-sprint-02--\n")
sp_reply = sp_ics.replace("METHOD:REQUEST", "METHOD:REPLY").replace("PARTSTAT=NEEDS-ACTION", "PARTSTAT=ACCEPTED")
sp2 = M(LUCIA, ME, D("2026-11-20 08:03", "-0300"), "Accepted: Sprint review — Pampa data platform @ Thu 3 Dec 2026 18:00", "",
        ctype='multipart/alternative; boundary="cal-sprint-03"', cte=None,
        raw_body="--cal-sprint-03\nContent-Type: text/plain; charset=\"utf-8\"\n\nLucía Fernández has accepted this invitation.\n\n--cal-sprint-03\nContent-Type: text/calendar; charset=\"utf-8\"; method=REPLY\n\n" + sp_reply + "\n--cal-sprint-03--\n")
T("none", "My calendar invitation and the client's automatic 'Accepted' notice.", sp1, sp2)

fwm = M(ME_G, ME1, D("2026-11-21 19:40"), "Fwd: Ihre Buchungsbestätigung — Berlin Hbf → Hamburg Hbf",
        "For expenses.\n\n---------- Forwarded message ---------\nFrom: DB Reisezentrum <buchungsbestaetigung@bahn.de>\nSubject: Ihre Buchungsbestätigung\n\nAuftragsnummer: Q7X2LM\nHinfahrt: 24.11.2026, Berlin Hbf 07:34 → Hamburg Hbf 09:20\n",
       domain="mail.gmail.com")
T("none", "I forwarded a receipt from my Gmail to my work address: only me in the thread.", fwm)

st1 = M(A("Stripe", "notifications@stripe.com"), ME1, D("2026-11-24 04:12", "+0000"),
        "Your payout of €4,212.50 is on the way",
        "Your payout of €4,212.50 to your account ending 4471 is expected to arrive on 26 Nov.\n\nThis is an automated message from Stripe.\n",
        extra=[("X-Stripe-Notification", "payout.paid")])
T("none", "Automated payout notification.", st1)

AISHA = A("Aisha Bello", "aisha.bello@okrafoods.ng")
ab1 = M(ME, AISHA, D("2026-11-20 09:00"), "PO number for December?",
        "Hi Aisha,\n\nCould you confirm the PO number for December's work so I can put it on the invoice?\n\nThanks,\nTomás\n", mine=True)
ab2 = M(AISHA, ME, D("2026-11-20 11:30"), "Re: PO number for December?",
        "Will check with finance and get back to you by Friday. Thanks!\n")
T("none", "Client's last word is a short acknowledgement that asks nothing (she promises to come back).", ab1, ab2)

gh1 = M(A("Kai Berger", "notifications@github.com"), A("lindqvist-data/cdc-kit", "cdc-kit@noreply.github.com"),
        D("2026-11-25 22:10", "+0000"), "[lindqvist-data/cdc-kit] Snapshot fails on tables with >2^31 rows (Issue #87)",
        "kaiberger opened an issue:\n\nSnapshot fails with an integer overflow on tables with more than 2^31 rows. Could you take a look?\n\n—\nReply to this email directly, view it on GitHub, or unsubscribe.\n",
        cc="Subscribed <subscribed@noreply.github.com>",
        extra=[("List-Id", "lindqvist-data/cdc-kit <cdc-kit.lindqvist-data.github.com>"),
               ("List-Unsubscribe", "<https://github.com/notifications/unsubscribe/AAB>"), ("Precedence", "list"),
               ("X-GitHub-Sender", "kaiberger")], domain="github.com")
T("none", "GitHub notification (mailing-list headers) even though it asks something.", gh1)

pr1 = M(A("Big Data Summit Europe", "events@bigdatasummit.eu"), ME1, D("2026-11-17 08:00"),
        "Last chance: 40% off Big Data Summit tickets — ends Friday!",
        "Dear data professional,\n\nSuper early-bird pricing ends this Friday. Use code SUMMIT40.\n",
        extra=[("Precedence", "junk"), ("X-Mailer", "MailBlaster 5")])
T("none", "Promotional bulk mail (Precedence: junk).", pr1)

NOAH = A("Noah Fischer", "noah.fischer@quellwerk.de")
nf1 = M(NOAH, ME, D("2026-11-03 10:20"), "Could you also take over our ML platform?",
        "Hi Tomás,\n\nSince the ingestion project went so well: would you also take over our ML platform (Kubeflow, feature store) from January?\n\nNoah\n")
nf2 = M(ME, NOAH, D("2026-11-04 09:00"), "Re: Could you also take over our ML platform?",
        "Hi Noah,\n\nThanks for thinking of me, but I'll pass on this one — ML platform work is outside what I do well, and I'd rather you had a specialist.\n\nAll the best,\nTomás\n", mine=True)
T("none", "I closed the thread with a clear decline.", nf1, nf2)

li2 = M(A("LinkedIn", "notifications-noreply@linkedin.com"), ME2, D("2026-11-23 05:00", "+0000"),
        "Tomás, you appeared in 12 searches this week",
        "You appeared in 12 searches this week.\nSee who's looking: https://www.linkedin.com/me/search-appearances\n",
        extra=[("List-Unsubscribe", LI_UNSUB)])
T("none", "Social network notification.", li2)

# --- malformed / broken messages --------------------------------------------
bad1 = M(A("Viktor Lang", "viktor.lang@lang-consult.at"), ME, D("2026-11-22 16:00"), "Subcontracting on the Raiffeisen project?",
         "Servus Tomás,\n\nI have a 3-week Spark tuning gig in Vienna in January and I'm overbooked. Could you take it as my subcontractor? Same rate as last time. Let me know this week if possible.\n\nViktor\n",
         date_raw="Sunday 22/11/2026 4pm CET")
T("owed", "Fellow freelancer asks me to subcontract; the Date header is malformed.", bad1)

bad2 = M(A(None, "=?utf-8?q?Ren=E9_Girard?= <rene.girard@atelier-donnees.fr>"), ME, D("2026-11-25 09:00"), "", "",
         subject_raw="=?x-unknown?Q?Mission_Airflow_=E0_Lyon?=",
         raw_body="Bonjour Tomás,\n\nNous cherchons quelqu'un pour une mission Airflow à Lyon (2 mois, remote possible). Êtes-vous disponible en février ? Quel serait votre TJM ?\n\nRené\n".encode("cp1252"),
         ctype='text/plain; charset="utf-8"')
bad2.frm = "=?utf-8?q?Ren=E9_Girard?= <rene.girard@atelier-donnees.fr>"
T("owed", "French prospect asks availability and day rate; broken encoded-words (invalid UTF-8, unknown charset) and cp1252 body.", bad2)

bad3 = M(A("Gustavo Lima", "gustavo.lima@outlook.com"), ME, D("2026-11-18 21:30", "-0300"), "Re: Mentoria em engenharia de dados", "",
         ctype='text/plain; charset="utf-8"', cte="base64",
         raw_body=base64.encodebytes("Oi Tomás,\n\nObrigado pela sessão de mentoria de ontem, foi muito útil!\n\nValeu!\nGustavo\n".encode("utf-8")))
T("none", "Mentee's base64-encoded thank-you that asks nothing (no earlier message in the mailbox).", bad3)



# --- additional threads -----------------------------------------------------
n1b = M(A("Seattle Data Guy", "hello@seattledataguy.substack.com"), ME2, D("2026-11-25 09:00", "-0800"),
        "Why your data team is always behind",
        "Read in app: https://seattledataguy.substack.com/p/always-behind\n\nYou're receiving this because you subscribed.\n",
        extra=[("List-Id", "<seattledataguy.substack.com>"), ("List-Unsubscribe", "<https://seattledataguy.substack.com/action/disable_email>"),
               ("Precedence", "bulk")])
T("none", "Substack newsletter.", n1b)

sst = M(A("StepStone", "jobagent@stepstone.de"), ME1, D("2026-11-24 05:12"),
        "Ihr Job-Agent: 9 neue Jobs für „Data Engineer“ in Berlin",
        "Hallo Tomás Lindqvist,\n\nwir haben 9 neue Jobs für Sie gefunden:\n- Data Engineer (m/w/d), Delivery Hero\n- Senior Data Engineer, HelloFresh\n\nJob-Agent verwalten: https://www.stepstone.de/jobagent\n",
        extra=[("List-Unsubscribe", "<https://www.stepstone.de/unsub?id=77>")])
T("none", "German job-board alert.", sst)

indeed = M(A("Indeed", "alert@indeed.com"), ME2, D("2026-11-26 14:00", "-0600"),
           "Emma from Finch Analytics sent you a message about Data Engineer",
           "Emma Walsh, Talent Lead at Finch Analytics, viewed your resume and invited you to apply for Data Engineer.\n\nView message on Indeed: https://indeed.com/m/abc\n\nThis message was sent by Indeed. Do not reply to this email.\n",
           extra=[("X-Indeed-Message-Type", "employer-invite")])
T("none", "Job-board notification framed as a personal message; sent by Indeed, do not reply.", indeed)

SVEN = A("Sven Aalto", "sven.aalto@nordlicht-energy.fi")
sv1 = M(SVEN, ME, D("2026-11-24 10:00", "+0200"), "Nordlicht Energy — first interview",
        "Hi Tomás,\n\nThanks for applying to Nordlicht. We'd like to set up a 45-minute first interview. Could you send me three time slots that work for you next week?\n\nBR,\nSven\n")
sv2 = M(ME, SVEN, D("2026-11-24 11:15"), "Re: Nordlicht Energy — first interview",
        "Hi Sven,\n\nThanks! Any of these would work (Helsinki time):\n- Mon 30 Nov, 11:00\n- Tue 1 Dec, 15:00\n- Wed 2 Dec, 10:00\n\nWhich one suits you?\n\nTomás\n",
        mine=True)
T("awaiting", "Recruiter asked for slots; I proposed three and asked which suits; no answer yet.", sv1, sv2)

mr_a = M(ME, MARCO, D("2026-11-12 18:00"), "Could you introduce me to someone at Delivery Hero?",
         "Hi Marco,\n\nSorry to ask for another favour so soon — do you still know anyone on the Delivery Hero data platform team? I'd love an intro if you're comfortable with it.\n\nTomás\n", mine=True)
mr_b = M(MARCO, ME, D("2026-11-13 08:30"), "Re: Could you introduce me to someone at Delivery Hero?",
         "Sure! Let me check who's still there — a few people left in the spring.\n\nM.\n")
mr_c = M(ME, MARCO, D("2026-11-13 09:10"), "Re: Could you introduce me to someone at Delivery Hero?",
         "Thanks Marco! In case it helps, here's a two-line blurb you can forward:\n\n\"Tomás is a freelance data engineer (Kafka, Spark, dbt) looking for a staff-level role on a data platform team.\"\n\nDoes that work, or would you rather write your own?\n\nTomás\n",
         mine=True)
T("awaiting", "I asked Marco for an intro; he promised to check; I followed up with a blurb and a question; no reply since.", mr_a, mr_b, mr_c)

QF = A("Helena Brandt", "helena.brandt@quantfin.ch")
qf1 = M(QF, ME, D("2026-11-18 14:00"), "Offer — Senior Data Engineer, Quantfin",
        "Dear Tomás,\n\nWe're delighted to offer you the Senior Data Engineer role at CHF 135,000. Please let us know by 4 December.\n\nBest regards,\nHelena Brandt, HR\n")
qf2 = M(ME, QF, D("2026-11-19 09:00"), "Re: Offer — Senior Data Engineer, Quantfin",
        "Dear Helena,\n\nThank you very much for the offer, I'm excited about the role. Given the Zurich cost of living and my market benchmarks, would Quantfin be able to move the base to CHF 145,000? If so, I'd be ready to sign this week.\n\nBest regards,\nTomás\n",
        mine=True)
T("awaiting", "Offer with a deadline; I counter-offered and am waiting for their answer.", qf1, qf2)

LEAH2 = M(LEAH, ME1, D("2026-11-19 09:30", "-0800"), "Before our intro call",
          "Hi Tomás,\n\nLooking forward to our call on 1 December! Beforehand, could you send me your CV and fill in this 3-question form? https://forms.harborai.com/intro\n\nThanks,\nLeah\n")
T("owed", "Same recruiter as the calendar invite, but a human mail asking for my CV and a form.", LEAH2)

JULES = A("Jules Moreau", "jules.moreau@vignoble-data.fr")
ju1 = M(ME, JULES, D("2026-11-18 16:00"), "Fix deployed: late-arriving orders",
        "Hi Jules,\n\nThe fix for the late-arriving orders is deployed; last night's run picked up all 1,243 late rows.\n\nTomás\n", mine=True)
ju2 = M(JULES, ME, D("2026-11-19 09:12"), "Re: Fix deployed: late-arriving orders",
        "Thanks! Could you also update the runbook so the on-call team knows what changed?\n\nJules\n")
T("owed", "Starts with 'Thanks!' but asks me to update the runbook.", ju1, ju2)

BEA = A("Beatriz Alves", "beatriz.alves@lisbonstack.pt")
ba1 = M(ME, BEA, D("2026-11-09 12:00"), "Which Kafka Connect version in prod?",
        "Hi Beatriz, quick one: which Kafka Connect version do you run in prod? I want to check the MirrorMaker config before Thursday.\n\nTomás\n", mine=True)
ba2 = M(BEA, ME, D("2026-11-09 12:40", "+0000"), "Re: Which Kafka Connect version in prod?",
        "Hi Tomás, 3.7.1 on all clusters.\n\nBeatriz\n")
ba3 = M(ME, BEA, D("2026-11-09 13:45"), "Re: Which Kafka Connect version in prod?",
        "Perfect, that's all I needed — thanks!\n", mine=True)
T("none", "She answered my question and I closed with a short thank-you.", ba1, ba2, ba3)


AHMED = A("Ahmed Khalil", "ahmed.khalil@desertstack.ae")
ak1 = M(ME, AHMED, D("2026-11-25 09:30"), "Data platform assessment — follow-up from GITEX",
        "Hi Ahmed,\n\nGreat to meet you at GITEX. As promised, here's a one-page outline of the data platform assessment. Shall we schedule a call next week to go through it?\n\nTomás\n", mine=True)
ak2 = M(A("Mail Delivery Subsystem", "mailer-daemon@mail.lindqvist.dev"), ME1, D("2026-11-25 13:31"),
        "Delivery Status Notification (Delay)",
        "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipient has been delayed:\n\n     ahmed.khalil@desertstack.ae\n\nMessage will be retried for 2 more day(s)\n",
        extra=[("Auto-Submitted", "auto-replied")])
T("awaiting", "My outreach after a conference; only a delivery-delay warning came back (in thread).", ak1, ak2)

BJORN = A("Bjørn Haugen", "bjorn.haugen@nordkapp-shipping.no")
bh1 = M(ME, BJORN, D("2026-11-16 09:00"), "Reminder: invoice 2026-027 overdue",
        "Hi Bjørn,\n\nA friendly reminder that invoice 2026-027 (due 30 October) is still open on my side. Could you check with accounts?\n\nThanks,\nTomás\n", mine=True)
bh2 = M(BJORN, ME, D("2026-11-17 14:22"), "SV: Reminder: invoice 2026-027 overdue",
        "Hi Tomás,\n\nAccounts say it was paid on 12 November to the IBAN ending 0457. Is that still your account? Could you check and confirm?\n\nBjørn\n")
T("owed", "I chased an overdue invoice; client says it was paid and asks me to check and confirm (Norwegian 'SV:' prefix).", bh1, bh2)

# ==========================================================================
# Write out
# ==========================================================================

def main():
    if MD.exists():
        shutil.rmtree(MD)
    for sub in ["cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"]:
        (MD / sub).mkdir(parents=True, exist_ok=True)
    for sub in ["new", "tmp", ".Sent/new", ".Sent/tmp"]:
        (MD / sub / ".gitkeep").write_bytes(b"")
    seq = 0
    nmsg = 0
    for label, why, root, msgs in THREADS:
        for m in msgs:
            seq += 1
            data = render(m, seq)
            ts = int(m.date.timestamp())
            folders = [".Sent/cur"] if m.mine else ["cur"]
            if m.dup:
                folders = ["cur", ".Sent/cur"]
            for k, f in enumerate(folders):
                name = f"{ts}.M{seq}P{4100 + seq + 500 * k}.blindtwo:2,S"
                (MD / f / name).write_bytes(data)
            nmsg += 1
    out = ["# Independent labelled corpus #2 (written blind). \"me\" = Tomás Lindqvist, freelance data engineer, job-hunting.",
           f'me = ["{ME1}", "{ME2}"]',
           f'now = "{NOW}"', ""]
    for label, why, root, msgs in THREADS:
        why_s = why.replace("\\", "\\\\").replace('"', '\\"')
        out += ["[[thread]]", f'root = "{root}"', f'expect = "{label}"', f'why = "{why_s}"', ""]
    (HERE / "labels.toml").write_text("\n".join(out), encoding="utf-8")
    print(f"{len(THREADS)} threads, {nmsg} distinct messages")


if __name__ == "__main__":
    main()
