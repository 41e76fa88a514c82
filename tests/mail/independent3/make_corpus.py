"""Write the third independent (blind) labelled mail corpus.

Persona: Ingrid Halvorsen, procurement manager for medical devices and
consumables at a regional hospital trust (Vestland HF), quietly interviewing
for head-of-procurement roles. Stdlib only, deterministic:

    python tests/mail/independent3/make_corpus.py

writes Maildir/ (received mail in cur/, mine in .Sent/cur/) and labels.toml
next to this file.
"""

import base64
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILDIR = HERE / "Maildir"
HOST = "blindthree"
NOW = "2026-11-27T12:00:00Z"

ME1 = "ingrid.halvorsen@vestlandhf.example"
ME2 = "ingrid.hm@postkasse.example"
ME_NAME = "Ingrid Halvorsen"
I1 = f"{ME_NAME} <{ME1}>"
I2 = f"{ME_NAME} <{ME2}>"
ME = (ME1, ME2)

SIG = "\n--\nIngrid Halvorsen\nProcurement Manager, Medical Devices & Consumables\nVestland HF\n"
SIG2 = "\n-- \nIngrid\n"


def D(s, tz=None):
    """'2026-11-24 09:14' in Norwegian local time (CEST until 25 Oct) unless tz given."""
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M")
    if tz is None:
        tz = "+0200" if dt < datetime(2026, 10, 25, 3, 0) else "+0100"
    sign = 1 if tz[0] == "+" else -1
    off = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return format_datetime(dt.replace(tzinfo=timezone(off)))


def quote(text, who, when):
    lines = "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))
    return f"\n\nOn {when}, {who} wrote:\n{lines}\n"


def M(frm, to, subject, date, mid, body, cc=None, parents=(), no_irt=False, no_refs=False,
      charset="utf-8", cte=None, ctype="text/plain", extra=(), raw=None, folder=None):
    """One message. parents: Message-IDs of the ancestors, oldest first."""
    return dict(frm=frm, to=to, subject=subject, date=date, mid=mid, body=body, cc=cc,
                parents=tuple(parents), no_irt=no_irt, no_refs=no_refs, charset=charset,
                cte=cte, ctype=ctype, extra=tuple(extra), raw=raw, folder=folder)


def encode_body(body, charset, cte):
    data = body.replace("\n", "\r\n").encode(charset)
    if cte is None:
        cte = "7bit" if all(b < 128 for b in data) else "8bit"
    if cte == "quoted-printable":
        data = quopri.encodestring(data).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        if not data.endswith(b"\r\n"):
            data += b"\r\n"
    elif cte == "base64":
        enc = base64.encodebytes(data).decode("ascii")
        data = enc.replace("\n", "\r\n").encode("ascii")
    return cte, data


def render(m):
    h = [("From", m["frm"]), ("To", m["to"])]
    if m["cc"]:
        h.append(("Cc", m["cc"]))
    h.append(("Subject", m["subject"]))
    h.append(("Date", m["date"]))
    if m["mid"]:
        h.append(("Message-ID", m["mid"]))
    if m["parents"]:
        if not m["no_irt"]:
            h.append(("In-Reply-To", m["parents"][-1]))
        if not m["no_refs"]:
            h.append(("References", "\r\n ".join(m["parents"])))
    h.extend(m["extra"])
    h.append(("MIME-Version", "1.0"))
    if m["raw"] is not None:
        ctype_hdrs, data = m["raw"]
        h.extend(ctype_hdrs)
        data = data.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    else:
        cte, data = encode_body(m["body"], m["charset"], m["cte"])
        h.append(("Content-Type", f'{m["ctype"]}; charset="{m["charset"]}"'))
        h.append(("Content-Transfer-Encoding", cte))
    head = "".join(f"{k}: {v}\r\n" for k, v in h).encode("utf-8")
    return head + b"\r\n" + data


THREADS = []


def thread(expect, why, *msgs):
    THREADS.append((expect, why, msgs))


# ---------------------------------------------------------------------------
# OWED: I owe a reply
# ---------------------------------------------------------------------------

# O1 supplier asks me to confirm the delivery dock after answering my question
a = "<20261118081203.7731@vestlandhf.example>"
b = "<AM0PR07MB5521E0F7C3A2@AM0PR07MB5521.eurprd07.prod.outlook.example>"
t_a = ("Hi Jørgen,\n\nCould you give me a firm delivery date for the 40 Volumat infusion pumps "
       "on PO 4500183377? Ward 4 is planning training around it.\n\nBest,\nIngrid" + SIG)
thread("owed", "Supplier gave the pump delivery date and asks me to confirm the loading dock; I have not answered.",
       M(I1, "Jørgen Ås <jorgen.as@medisafe-nordic.example>", "Delivery date PO 4500183377", D("2026-11-18 08:12"), a, t_a),
       M("=?utf-8?Q?J=C3=B8rgen_=C3=85s?= <jorgen.as@medisafe-nordic.example>", I1,
         "RE: Delivery date PO 4500183377", D("2026-11-24 14:40"), b,
         "Hi Ingrid,\n\nThe pumps leave our Oslo warehouse on 2 December and should be with you on "
         "the 4th before noon.\n\nOne thing before I book the transport: is the loading dock in "
         "Building C still the right place, or should the driver go to the new central store? "
         "Please confirm by Monday so I can book the slot.\n\nKind regards,\nJørgen Ås\nKey Account Manager, Medisafe Nordic"
         + quote(t_a, "Ingrid Halvorsen", "18 Nov 2026"), parents=[a]))

# O2 recruiter outreach to my private address, encoded subject
thread("owed", "Recruiter outreach about a head-of-procurement role, asking whether I am open to a chat; unanswered.",
       M("Hege Strand <hege.strand@talentbro.example>", I2,
         "=?utf-8?Q?Rolle_som_innkj=C3=B8pssjef_=E2=80=93_Bergen?=", D("2026-11-25 10:05"),
         "<CAH7r2Lq8w0pXb1vK9@mail.talentbro.example>",
         "Hi Ingrid,\n\nI'm recruiting a Head of Procurement for a private hospital group in Bergen "
         "(about 1,900 staff, three sites). Your work on the regional glove and infusion frameworks "
         "came up twice when I asked around, which is why I'm writing.\n\nThe role reports to the CFO, "
         "leads a team of nine and would own the medtech category strategy. Salary range is "
         "competitive with the public trusts, plus a bonus.\n\nWould you be open to a 20-minute "
         "confidential call next week? If the timing is wrong, just tell me and I won't chase.\n\n"
         "Best regards,\nHege Strand\nPartner, Talentbro Executive Search\n"))

# O3 ATS no-reply sender with a human Reply-To, asking for interview slots
thread("owed", "Recruiter writing through an ATS no-reply address (Reply-To is hers) asks me to pick an interview slot.",
       M(I2, "Camilla Voll <camilla.voll@nordmedsupply.example>", "Application: Head of Category, Medical Devices",
         D("2026-11-09 21:17"), "<9f1c2e7a-33b1-4c0e-9d1a-ingrid@postkasse.example>",
         "Dear Camilla Voll,\n\nPlease find attached my CV and a short cover letter for the Head of "
         "Category role advertised on Finn.no. I've run device and consumables tenders for Vestland HF "
         "for six years and would love to do it from the supplier side.\n\nKind regards,\nIngrid Halvorsen" + SIG2),
       M("Nordic MedSupply Careers <no-reply@jobs.hireflow.example>", I2,
         "Re: Application: Head of Category, Medical Devices", D("2026-11-23 09:31"),
         "<hf-msg-88120391.4471@jobs.hireflow.example>",
         "Hi Ingrid,\n\nThank you for applying - we'd like to invite you to a first interview with me "
         "and our COO, Bjørn Tangen.\n\nCould you let me know which of these works for you?\n\n"
         "  - Tuesday 1 December, 10:00\n  - Wednesday 2 December, 14:00\n  - Friday 4 December, 09:00\n\n"
         "Just reply to this e-mail; it comes straight to me.\n\nBest,\nCamilla Voll\nHR Business Partner, Nordic MedSupply\n",
         parents=["<9f1c2e7a-33b1-4c0e-9d1a-ingrid@postkasse.example>"],
         extra=[("Reply-To", "Camilla Voll <camilla.voll@nordmedsupply.example>")]))

# O4 after interview, they ask for references
r1 = "<CAJm4nT0xQ1@mail.helsetech.example>"
r2 = "<5d2b1f0e.1@postkasse.example>"
r3 = "<CAJm4nT0xQ7@mail.helsetech.example>"
thread("owed", "After the interview the hiring manager asks me to send two references; not sent yet.",
       M("Eirik Mo <eirik.mo@helsetech.example>", I2, "Interview - Procurement Director", D("2026-11-12 13:02"), r1,
         "Hi Ingrid,\n\nThanks for your interest in the Procurement Director role. Can you come in on "
         "Thursday 19 November at 13:00? We're at Kanalveien 11.\n\nEirik\n"),
       M(I2, "Eirik Mo <eirik.mo@helsetech.example>", "Re: Interview - Procurement Director", D("2026-11-12 18:44"), r2,
         "Hi Eirik,\n\nThursday at 13:00 works. See you then.\n\nIngrid" + SIG2, parents=[r1]),
       M("Eirik Mo <eirik.mo@helsetech.example>", I2, "Re: Interview - Procurement Director", D("2026-11-19 16:20"), r3,
         "Hi Ingrid,\n\nGreat to meet you today - the team enjoyed the conversation about category "
         "planning.\n\nAs mentioned, could you send me the names and contact details of two referees, "
         "ideally one former manager? We'd like to move quickly.\n\nThanks,\nEirik\n", parents=[r1, r2]))

# O5 written offer with a deadline
o1 = "<offer-2026-11-20.bt@nordiclab.example>"
thread("owed", "Written job offer with a 4 December deadline; I have not replied.",
       M("Bjørn Tangen <bjorn.tangen@nordiclab.example>", I2, "Offer: Head of Procurement, Nordic Lab Services",
         D("2026-11-20 15:10"), o1,
         "Dear Ingrid,\n\nFollowing your conversations with the board, I'm delighted to offer you the "
         "position of Head of Procurement at Nordic Lab Services. The attached letter sets out salary, "
         "pension and a start date of 1 March 2027.\n\nWe would be grateful for your answer by Friday "
         "4 December. I'm happy to talk through any of the terms before then.\n\nWarm regards,\n"
         "Bjørn Tangen\nCEO\n"))

# O6 question buried in a long mail from a clinician
thread("owed", "Long glove-trial report from the infection control lead with a request for more samples buried mid-mail.",
       M("Maren Dahle <maren.dahle@vestlandhf.example>", I1, "Glove trial ward 3 and 7 - results",
         D("2026-11-23 11:47"), "<e8e0a7d5a1c04b0f@vestlandhf.example>",
         "Hi Ingrid,\n\nHere is the summary of the nitrile glove trial we ran on wards 3 and 7 over the "
         "last four weeks.\n\n1. Tear rate: the current glove (NitriCare Pro) tore in 2.1% of "
         "recorded donnings, the trial glove (SafeTouch 240) in 3.8%. Most tears happened on night "
         "shift with wet hands, which matches what the nurses told us.\n\n2. Skin reactions: two "
         "staff reported irritation with the trial glove, none with the current one.\n\n3. Fit: the "
         "trial glove runs small; several nurses went up a size, which cancels part of the price "
         "saving.\n\nI know the price difference is significant, and I don't want to be the person "
         "who blocks savings, but I'm not comfortable recommending SafeTouch on this evidence. Would "
         "you be able to get samples from two other suppliers before the 10th, so we can rerun the "
         "trial in January? I'd need about 20 boxes of each in sizes S-L.\n\n4. Waste: no difference "
         "worth mentioning.\n\nThe full spreadsheet is on the shared drive under Infection Control / "
         "Trials / 2026. I'll present this at the product committee on 15 December.\n\nBest wishes,\n"
         "Maren\n\nDr Maren Dahle\nInfection Prevention and Control Lead\n"))

# O7 cc-only but addressed to me by name
k1 = "<CAMx9-ward-budget.11@vestlandhf.example>"
thread("owed", "I am only on Cc, but the finance officer asks me by name to confirm the budget code.",
       M("Tor Inge Lunde <tor.inge.lunde@vestlandhf.example>", "Kjersti Holm <kjersti.holm@vestlandhf.example>",
         "Replacement suction units - ward 7", D("2026-11-25 13:26"), k1,
         "Hi Kjersti,\n\nI've approved the purchase request for six replacement suction units for "
         "ward 7. The order can go out once the cost centre is settled.\n\nIngrid - can you confirm "
         "whether these go on the medical equipment budget (code 6540) or the ward's own consumables "
         "line? I don't want to book them wrong again.\n\nThanks,\nTor Inge\nFinance Officer\n",
         cc=I1))

# O8 forwarded price-increase notice with a question from the finance director
thread("owed", "Finance director forwards a supplier price-increase notice and asks whether we can push back.",
       M("Anders Lie <anders.lie@vestlandhf.example>", I1, "Fwd: Price adjustment 2027 - SteriPak",
         D("2026-11-24 08:05"), "<8C1F0D2E-77B4-4E0B-A3A9-anders@vestlandhf.example>",
         "Ingrid,\n\nThis landed with me, not you, for some reason. 9% seems steep given the framework "
         "caps indexation at CPI. Can you take a look and tell me whether we can push back, and how?\n\n"
         "Anders\n\n---------- Forwarded message ---------\nFrom: Amira Haddad <amira.haddad@steripak.example>\n"
         "Date: Mon, 23 Nov 2026 16:12\nSubject: Price adjustment 2027 - SteriPak\nTo: Anders Lie "
         "<anders.lie@vestlandhf.example>\n\nDear customer,\n\nDue to increased costs for raw materials "
         "and energy, SteriPak will adjust prices on all sterilisation wraps and pouches by 9% from "
         "1 January 2027. Updated price lists will follow in December.\n\nBest regards,\nAmira Haddad\n"
         "Commercial Director, SteriPak\n"))

# O9 reply with References but no In-Reply-To, asking me something
c1 = "<20261116094410.2290@vestlandhf.example>"
c2 = "<A1B2C3D4.4455.tender@sykehusinnkjop.example>"
t_c1 = ("Hi Vilde,\n\nIn tender 2026/114 (wound care), lot 3 says \"silicone border, 10x10 cm\" but the "
        "price schedule lists 10x12. Which size should suppliers price?\n\nIngrid" + SIG)
thread("owed", "Reply joined only by References: the tender officer answers and asks me to approve the corrected price schedule.",
       M(I1, "Vilde Rasmussen <vilde.rasmussen@sykehusinnkjop.example>", "Tender 2026/114 lot 3 size",
         D("2026-11-16 09:44"), c1, t_c1),
       M("Vilde Rasmussen <vilde.rasmussen@sykehusinnkjop.example>", I1, "SV: Tender 2026/114 lot 3 size",
         D("2026-11-24 12:02"), c2,
         "Hei Ingrid,\n\nGood catch - 10x10 is right, the schedule was copied from the 2023 tender. I've "
         "made a corrected schedule (attached). Can you approve it so I can publish the clarification "
         "before the question deadline on Friday?\n\nVilde" + quote(t_c1, "Ingrid Halvorsen", "16. nov. 2026"),
         parents=[c1], no_irt=True))

# O10 reply after six weeks: help given plus an offer of a call
p1 = "<20260929150233.1180@vestlandhf.example>"
p2 = "<CAP-tw-5512@helsenord-innkjop.example>"
thread("owed", "A peer in another region answered after six weeks with advice and asks whether a call next week suits me.",
       M(I1, "=?utf-8?Q?Tomasz_Wr=C3=B3bel?= <tomasz.wrobel@helsenord-innkjop.example>",
         "Dynamic purchasing system for lab consumables?", D("2026-09-29 15:02"), p1,
         "Hi Tomasz,\n\nRagnhild told me Helse Nord moved lab consumables to a dynamic purchasing "
         "system last year. We're considering the same. Did it reduce the admin load in practice, or "
         "just move it around?\n\nThanks in advance,\nIngrid" + SIG),
       M("=?utf-8?Q?Tomasz_Wr=C3=B3bel?= <tomasz.wrobel@helsenord-innkjop.example>", I1,
         "Re: Dynamic purchasing system for lab consumables?", D("2026-11-10 10:15"), p2,
         "Hi Ingrid,\n\nSo sorry - your mail got buried during our ERP migration.\n\nShort answer: "
         "it reduced admin once suppliers were admitted, but the first six months were heavier, "
         "mostly because of qualification paperwork. We also underestimated how many mini-competitions "
         "the labs would ask for.\n\nI'm happy to walk you through our templates. Would a call next week "
         "work - Tuesday or Wednesday afternoon?\n\nTomasz\n", parents=[p1]))

# O11 encoded iso-8859-1 From name, supplier wants a date for the quarterly review
thread("owed", "Supplier asks which of three dates suits me for the quarterly business review.",
       M("=?iso-8859-1?Q?S=F8ren_Kj=E6rgaard?= <soren.kjaergaard@gloveco.example>", I1,
         "Quarterly business review Q4", D("2026-11-26 09:20"), "<000001db3f2a$81c0e7d0$85429770$@gloveco.example>",
         "Hello Ingrid,\n\nIt's time for our Q4 review of the glove framework (volumes, backorders and the "
         "2027 forecast). Which of these suits you?\n\n- 7 December, 10:00\n- 8 December, 13:00\n"
         "- 10 December, 09:00\n\nTeams or on site, as you prefer.\n\nMed venlig hilsen\nSøren Kjærgaard\n"
         "Key Account Manager Norway, GloveCo A/S\n"))

# O12 Norwegian colleague, iso-8859-1 quoted-printable body
thread("owed", "Colleague asks (in Norwegian, Latin-1 quoted-printable) for the updated price list by Friday.",
       M("=?iso-8859-1?Q?Bj=F8rg_N=E6ss?= <bjorg.naess@vestlandhf.example>", I1,
         "=?iso-8859-1?Q?Oppdatert_prisliste_s=E5rstell?=", D("2026-11-25 08:58"),
         "<5F3C9E21.1020@vestlandhf.example>",
         "Hei Ingrid,\n\nVi holder på å oppdatere bestillingsmalene for sårstell i Visma, og jeg ser at "
         "vi fortsatt bruker prisene fra mars.\n\nKan du sende meg den oppdaterte prislisten fra den nye "
         "avtalen innen fredag? Da rekker vi å legge den inn før desember-bestillingene.\n\n"
         "Hilsen\nBjørg Næss\nForsyningsavdelingen\n", charset="iso-8859-1", cte="quoted-printable"))

# O13 "Thanks! One more thing..."
q1 = "<CAL2d-kh-1@vestlandhf.example>"
q2 = "<20261119103355.6621@vestlandhf.example>"
q3 = "<CAL2d-kh-4@vestlandhf.example>"
t_q2 = "Hi Kjersti,\n\nYes - order them through Medisafe, they're on the framework (lot 2).\n\nIngrid" + SIG
thread("owed", "Colleague thanks me for my answer but adds a new question about delivery to the satellite clinic.",
       M("Kjersti Holm <kjersti.holm@vestlandhf.example>", I1, "Infusion sets for the dialysis unit",
         D("2026-11-19 09:12"), q1,
         "Hi Ingrid,\n\nThe dialysis unit needs more infusion sets. Do we order these through Medisafe "
         "now, or still Bauer?\n\nKjersti\n"),
       M(I1, "Kjersti Holm <kjersti.holm@vestlandhf.example>", "Re: Infusion sets for the dialysis unit",
         D("2026-11-19 10:33"), q2, t_q2, parents=[q1]),
       M("Kjersti Holm <kjersti.holm@vestlandhf.example>", I1, "Re: Infusion sets for the dialysis unit",
         D("2026-11-24 15:51"), q3,
         "Thanks! One more thing: the unit is moving half its chairs to the Os satellite clinic in "
         "January. Can Medisafe deliver there directly, or does everything have to go via central store?\n\n"
         "Kjersti" + quote(t_q2, "Ingrid Halvorsen", "19 Nov 2026"), parents=[q1, q2]))

# O14 HTML-only research invitation
thread("owed", "A researcher (HTML-only mail) invites me to a study interview and asks yes or no.",
       M("=?utf-8?Q?Zo=C3=AB_Achterberg?= <z.achterberg@tudelft.example>", I1,
         "Invitation: interview study on hospital procurement of medical devices", D("2026-11-17 14:03"),
         "<a8b4c1e2-0c9f-4c3a-9a61-2f0ab3c0d4e5@tudelft.example>",
         "<html><body><p>Dear Ms Halvorsen,</p><p>I am a postdoctoral researcher at TU Delft studying "
         "how public hospitals weigh clinical evidence against price when buying medical devices. Your "
         "name was suggested by the Norwegian Hospital Procurement Trust.</p><p><b>Would you be "
         "willing to take part in a 45-minute online interview</b> some time in December or January? "
         "Participation is anonymous and you can withdraw at any point.</p><p>A short yes or no would "
         "help me plan either way.</p><p>With kind regards,<br>Zo&euml; Achterberg<br>Faculty of "
         "Technology, Policy and Management</p></body></html>\n", ctype="text/html"))

# O15 help given to me: thanks owed
h1 = "<20261121201712.ih@postkasse.example>"
h2 = "<CABx-rs-9981@gmail.example>"
thread("owed", "A former manager gave me detailed advice on negotiating the offer; I owe her thanks.",
       M(I2, "=?utf-8?Q?Ragnhild_S=C3=A6ther?= <ragnhild.saether@gmail.example>", "Advice on an offer?",
         D("2026-11-21 20:17"), h1,
         "Hi Ragnhild,\n\nI've had an offer from Nordic Lab Services (Head of Procurement). The base is "
         "fine but the pension is weaker than the trust's. Is it normal to negotiate on pension in the "
         "private sector, or should I ask for a higher base instead?\n\nIngrid" + SIG2),
       M("=?utf-8?Q?Ragnhild_S=C3=A6ther?= <ragnhild.saether@gmail.example>", I2, "Re: Advice on an offer?",
         D("2026-11-22 11:40"), h2,
         "Congratulations, Ingrid - well deserved.\n\nYes, it's normal. In my experience private "
         "employers have more room on base than on pension, because pension is usually a company-wide "
         "scheme. Work out what the pension gap is worth per year, add it to your ask on base, and "
         "say so plainly. Also ask about the bonus criteria in writing, and get the notice period "
         "aligned with the trust's three months.\n\nGood luck - you'll do great.\nRagnhild\n",
         parents=[h1]))

# O16 introduction: I should reach out
thread("owed", "A mentor introduces me to a procurement director; the intro asks me to take it from here.",
       M("=?utf-8?Q?Ragnhild_S=C3=A6ther?= <ragnhild.saether@gmail.example>",
         f"{I1}, Lars Vikenes <lars.vikenes@helse-mr.example>", "Intro: Ingrid <> Lars (value-based procurement)",
         D("2026-11-24 19:55"), "<CABx-rs-9990@gmail.example>",
         "Ingrid, Lars - meet each other.\n\nLars leads procurement at Helse Møre og Romsdal and has "
         "piloted value-based procurement for orthopaedic implants. Ingrid runs devices and "
         "consumables at Vestland HF and is about to start a similar pilot.\n\nIngrid, I'll let you take "
         "it from here and suggest a time.\n\nRagnhild\n"))

# O17 speaking invitation to my second address
thread("owed", "Conference organiser invites me to speak on a panel and asks for an answer by 4 December.",
       M("Nils Aarflot <nils@innkjopsforum.example>", I2, "Panel at Innkjøpsforum 2027?", D("2026-11-23 12:30"),
         "<panel-2027-03.na@innkjopsforum.example>",
         "Hi Ingrid,\n\nWe're putting together a panel on supply security in hospitals for "
         "Innkjøpsforum (Oslo, 17-18 March 2027). Given your work on the glove shortage plan, we'd love "
         "to have you on it - 40 minutes, three panellists, moderated.\n\nCould you let me know by "
         "4 December whether you're interested?\n\nBest,\nNils Aarflot\nProgramme chair\n"))

# O18 multi-turn negotiation; last from supplier with a revised quote
n1 = "<20261102091500.1001@vestlandhf.example>"
n2 = "<CAK-ro-001@infutech.example>"
n3 = "<20261109140200.1044@vestlandhf.example>"
n4 = "<CAK-ro-002@infutech.example>"
n5 = "<20261116083000.1090@vestlandhf.example>"
n6 = "<CAK-ro-003@infutech.example>"
thread("owed", "Six-message price negotiation; the supplier's latest revised quote ends with 'does this work for you?'.",
       M(I1, "Rachel Owens <rachel.owens@infutech.example>", "Syringe pumps - quote request",
         D("2026-11-02 09:15"), n1,
         "Dear Rachel,\n\nPlease quote for 25 syringe pumps (model SP-50) with five years of service, "
         "delivered to Haukeland campus.\n\nRegards,\nIngrid" + SIG),
       M("Rachel Owens <rachel.owens@infutech.example>", I1, "RE: Syringe pumps - quote request",
         D("2026-11-04 16:00"), n2,
         "Dear Ingrid,\n\nPlease find our quote attached: NOK 38,900 per pump including five years of "
         "service.\n\nBest wishes,\nRachel\n", parents=[n1]),
       M(I1, "Rachel Owens <rachel.owens@infutech.example>", "RE: Syringe pumps - quote request",
         D("2026-11-09 14:02"), n3,
         "Dear Rachel,\n\nThank you. That's about 12% above what we paid in 2024 for the same model. "
         "Can you do better, for example if we add training for 60 staff?\n\nIngrid" + SIG, parents=[n1, n2]),
       M("Rachel Owens <rachel.owens@infutech.example>", I1, "RE: Syringe pumps - quote request",
         D("2026-11-11 10:21"), n4,
         "Dear Ingrid,\n\nI'll check with our pricing team and come back to you.\n\nRachel\n",
         parents=[n1, n2, n3]),
       M(I1, "Rachel Owens <rachel.owens@infutech.example>", "RE: Syringe pumps - quote request",
         D("2026-11-16 08:30"), n5,
         "Hi Rachel,\n\nAny news from the pricing team? We need to place the order this month.\n\nIngrid" + SIG,
         parents=[n1, n2, n3, n4]),
       M("Rachel Owens <rachel.owens@infutech.example>", I1, "RE: Syringe pumps - quote request",
         D("2026-11-25 17:45"), n6,
         "Dear Ingrid,\n\nRevised offer attached: NOK 35,400 per pump, five years of service, and "
         "on-site training for up to 60 staff at no charge. The price holds until 15 December.\n\n"
         "Does this work for you?\n\nBest wishes,\nRachel\n", parents=[n1, n2, n3, n4, n5]))

# O19 colleague replies to a mail I sent from my private address
w1 = "<7a6e1c0b.ih.33@postkasse.example>"
w2 = "<DB7PR10MB-4411-sb@vestlandhf.example>"
thread("owed", "I wrote from my private address; legal replied there asking me for the supplier's signed version.",
       M(I2, "Sunniva Berg <sunniva.berg@vestlandhf.example>", "Liability clause - Bauer service agreement",
         D("2026-11-22 21:03"), w1,
         "Hi Sunniva,\n\nSorry for writing from my private address on a Sunday - I'm away from the work "
         "laptop. Is the liability cap in clause 14 of the Bauer service agreement acceptable for us, or "
         "do we need to push it up?\n\nIngrid" + SIG2),
       M("Sunniva Berg <sunniva.berg@vestlandhf.example>", I2, "RE: Liability clause - Bauer service agreement",
         D("2026-11-23 13:18"), w2,
         "Hi Ingrid,\n\nThe cap is low but not unusual. Before I give you a firm view I need the version "
         "Bauer actually signed - the one in the archive is the draft. Could you forward it to me?\n\n"
         "Sunniva\nLegal Adviser\n", parents=[w1]))

# O20 ward's shared mailbox writes a real question
thread("owed", "A ward manager writes from the ward's shared mailbox with a real question about ordering.",
       M("Sengepost 7 <post7@vestlandhf.example>", I1, "Who do we order suction units from now?",
         D("2026-11-26 07:42"), "<post7-20261126-0742@vestlandhf.example>",
         "Hi Ingrid,\n\nThis is Kjell Ove, ward manager on 7 (writing from the ward mailbox). Our usual "
         "supplier says the suction units are no longer on their contract. Who should we order "
         "replacements through now? Two of ours failed this week.\n\nKjell Ove Nygård\n"))

# O21 windows-1252 quoted-printable, supplier asks for lot numbers
thread("owed", "Supplier's complaint handler (windows-1252 body) asks me which lot numbers were affected.",
       M("Klaus Weber <k.weber@bauer-medizintechnik.example>", I1,
         "AW: Complaint 2026-0871 cracked connectors", D("2026-11-24 10:11", "+0100"),
         "<3e7b1d6c4f2a4a1bb0c2@bauer-medizintechnik.example>",
         "Dear Ms Halvorsen,\n\nThank you for reporting the cracked Luer connectors. We take this "
         "seriously and have opened complaint 2026-0871.\n\nTo start the investigation we need the lot "
         "numbers printed on the affected packs (format \u201cL26xxxx\u201d) and, if possible, two "
         "unused samples from the same lot. Could you let me know which lot numbers were affected?\n\n"
         "Mit freundlichen Grüßen \u2013 Kind regards\nKlaus Weber\nQuality Management\n",
         charset="windows-1252", cte="quoted-printable"))

# O22 long thread, they need a PO number
s1 = "<20261103120500.2001@vestlandhf.example>"
s2 = "<PA4P195MB-ah-01@steripak.example>"
s3 = "<20261105082000.2013@vestlandhf.example>"
s4 = "<PA4P195MB-ah-02@steripak.example>"
thread("owed", "Supplier agreed to a consignment trial and asks me for the PO number to raise it.",
       M(I1, "Amira Haddad <amira.haddad@steripak.example>", "Consignment stock for sterile wraps?",
         D("2026-11-03 12:05"), s1,
         "Dear Amira,\n\nWould SteriPak consider consignment stock for wraps at our central "
         "sterilisation unit? We're short on storage budget, not space.\n\nIngrid" + SIG),
       M("Amira Haddad <amira.haddad@steripak.example>", I1, "RE: Consignment stock for sterile wraps?",
         D("2026-11-04 09:30"), s2,
         "Dear Ingrid,\n\nPossibly. What monthly volume are we talking about?\n\nAmira\n", parents=[s1]),
       M(I1, "Amira Haddad <amira.haddad@steripak.example>", "RE: Consignment stock for sterile wraps?",
         D("2026-11-05 08:20"), s3,
         "About 1,400 sheets a month across three sizes.\n\nIngrid" + SIG, parents=[s1, s2]),
       M("Amira Haddad <amira.haddad@steripak.example>", I1, "RE: Consignment stock for sterile wraps?",
         D("2026-11-20 14:55"), s4,
         "Dear Ingrid,\n\nGood news: management has agreed to a six-month consignment trial. To set it up "
         "I need a framework PO number from you to attach the consignment to. Which one should I use?\n\n"
         "Amira\n", parents=[s1, s2, s3]))

# O23 reference request from a former direct report
thread("owed", "A former team member asks whether I would act as her referee.",
       M("Mathilde Rønning <mathilde.ronning@outlook.example>", I2, "Would you be a referee for me?",
         D("2026-11-21 09:14"), "<PR3P250MB-mr-7761@outlook.example>",
         "Hi Ingrid,\n\nI hope all is well at Vestland! I'm applying for a category manager post at "
         "Sykehusinnkjøp and they ask for two referees. Would you be willing to be one of them? You know "
         "my tender work better than anyone.\n\nThank you either way,\nMathilde\n"))

# O24 internal audit deadline
thread("owed", "Internal audit asks me to send signed contract copies by 3 December.",
       M("Petter Aas <petter.aas@vestlandhf.example>", I1, "Audit 2026: contract sample",
         D("2026-11-25 10:30"), "<audit-2026-sample-17@vestlandhf.example>",
         "Hi Ingrid,\n\nAs part of the 2026 procurement audit we've sampled five contracts from your "
         "area (list attached). Please send the signed copies and the award letters by 3 December, "
         "or tell me if any of them can't be found.\n\nRegards,\nPetter Aas\nInternal Audit\n"))

# O25 base64 UTF-8 body from a Danish supplier
thread("owed", "Danish supplier (base64 UTF-8 body) asks whether to hold back the order during the stock change.",
       M("=?utf-8?B?U8O4cmVuIEtqw6ZyZ2FhcmQ=?= <soren.kjaergaard@gloveco.example>", I1,
         "=?utf-8?B?QmFja29yZGVyIHDDpSBzdMO4cnJlbHNlIE0=?=", D("2026-11-26 14:06"),
         "<000001db3f99$aa10c2e0$fe3248a0$@gloveco.example>",
         "Hi Ingrid,\n\nSize M of the NitriCare Pro is on backorder until week 51 because of a factory "
         "line change. We can either ship sizes S and L now and M later (two deliveries), or hold the "
         "whole order and ship complete in week 51.\n\nWhich do you prefer? I need to know by Monday to "
         "avoid the split being made automatically.\n\nSøren\n", cte="base64"))

# O26 German supplier, options, "let me know which you prefer"
g1 = "<20261110101000.3001@vestlandhf.example>"
g2 = "<9a0b7c6d5e4f@bauer-medizintechnik.example>"
thread("owed", "Supplier laid out two service options and asks which I prefer; I have not chosen.",
       M(I1, "Klaus Weber <k.weber@bauer-medizintechnik.example>", "Service contract renewal - ventilators",
         D("2026-11-10 10:10"), g1,
         "Dear Klaus,\n\nOur service contract for the 14 Bauer ventilators ends on 31 January. What are "
         "the renewal options?\n\nIngrid" + SIG),
       M("Klaus Weber <k.weber@bauer-medizintechnik.example>", I1, "AW: Service contract renewal - ventilators",
         D("2026-11-19 09:00", "+0100"), g2,
         "Dear Ms Halvorsen,\n\nWe can offer:\n\nA) Full service: all parts and labour, 48-hour response, "
         "EUR 2,150 per unit per year.\nB) Preventive maintenance only, parts invoiced separately, "
         "EUR 1,320 per unit per year.\n\nPlease let me know which option you prefer so that I can prepare "
         "the contract.\n\nMit freundlichen Grüßen\nKlaus Weber\n", parents=[g1]))

# ---------------------------------------------------------------------------
# AWAITING: waiting on the other side
# ---------------------------------------------------------------------------

# A1 RFQ I sent, nothing back
thread("awaiting", "I sent a request for quotation with a 4 December deadline; no answer yet.",
       M(I1, "Łukasz Zieliński <l.zielinski@polmed.example>", "RFQ: single-use laryngoscope blades",
         D("2026-11-20 13:40"), "<20261120134000.4001@vestlandhf.example>",
         "Dear Mr Zieliński,\n\nVestland HF invites Polmed to quote for 12,000 single-use laryngoscope "
         "blades (Mac 3 and Mac 4) for delivery in 2027. Could you send your price and lead time by "
         "4 December?\n\nKind regards,\nIngrid Halvorsen" + SIG))

# A2 thank-you after interview sent, waiting on their decision
e1 = "<CAFx-kv-01@ostlandhelse.example>"
e2 = "<20261113084000.ih@postkasse.example>"
e3 = "<CAFx-kv-02@ostlandhelse.example>"
e4 = "<20261120171500.ih@postkasse.example>"
thread("awaiting", "Interview held; my thank-you note asked about next steps and they have not answered.",
       M("Kari Vestby <kari.vestby@ostlandhelse.example>", I2, "Interview for Head of Procurement",
         D("2026-11-12 15:00"), e1,
         "Dear Ingrid,\n\nWe'd like to invite you to interview on Thursday 19 November at 10:00 at our "
         "Hamar office. Does that work?\n\nKari Vestby\nHR Director, Østland Helse\n"),
       M(I2, "Kari Vestby <kari.vestby@ostlandhelse.example>", "Re: Interview for Head of Procurement",
         D("2026-11-13 08:40"), e2, "Dear Kari,\n\nYes, I'll be there. Thank you.\n\nIngrid" + SIG2, parents=[e1]),
       M("Kari Vestby <kari.vestby@ostlandhelse.example>", I2, "Re: Interview for Head of Procurement",
         D("2026-11-13 09:05"), e3, "Great - see you on the 19th.\n\nKari\n", parents=[e1, e2]),
       M(I2, "Kari Vestby <kari.vestby@ostlandhelse.example>", "Re: Interview for Head of Procurement",
         D("2026-11-20 17:15"), e4,
         "Dear Kari,\n\nThank you for yesterday, and please pass my thanks on to Ole and Sigrid. The "
         "discussion about joint regional tenders made me even keener on the role.\n\nCould you tell me "
         "roughly when you expect to decide on next steps?\n\nBest regards,\nIngrid" + SIG2,
         parents=[e1, e2, e3]))

# A3 question answered only by an out-of-office auto-reply
f1 = "<20261124110000.5001@vestlandhf.example>"
thread("awaiting", "My question got only an out-of-office auto-reply; the real answer is still to come.",
       M(I1, "Hanne Sæle <hanne.saele@medisafe-nordic.example>", "CE certificate for Volumat line sets?",
         D("2026-11-24 11:00"), f1,
         "Hi Hanne,\n\nCould you send me the current CE certificate (MDR) for the Volumat line sets? "
         "The one we have on file expired in October.\n\nIngrid" + SIG),
       M("=?utf-8?Q?Hanne_S=C3=A6le?= <hanne.saele@medisafe-nordic.example>", I1,
         "Automatic reply: CE certificate for Volumat line sets?", D("2026-11-24 11:01"),
         "<AM6P-ooo-5512@medisafe-nordic.example>",
         "Thank you for your message. I am out of the office until 30 November with limited access to "
         "e-mail. For urgent regulatory matters please contact regulatory@medisafe-nordic.example.\n\n"
         "Hanne Sæle\n", parents=[f1],
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))

# A4 the other side promised something
v1 = "<20261117092000.5101@vestlandhf.example>"
v2 = "<CAGv-ro-77@infutech.example>"
thread("awaiting", "Supplier promised the revised SLA by Thursday; I'm waiting on it, nothing owed by me.",
       M(I1, "Rachel Owens <rachel.owens@infutech.example>", "SLA for the infusion pump fleet",
         D("2026-11-17 09:20"), v1,
         "Hi Rachel,\n\nThe draft SLA still says 5 working days for on-site repair; we agreed 2. Can you "
         "send a corrected version?\n\nIngrid" + SIG),
       M("Rachel Owens <rachel.owens@infutech.example>", I1, "RE: SLA for the infusion pump fleet",
         D("2026-11-24 16:30"), v2,
         "Hi Ingrid,\n\nApologies, you're right. Our legal team is updating it and I'll send you the "
         "revised SLA by Thursday.\n\nRachel\n", parents=[v1]))

# A5 two sent in a row: I followed up once
u1 = "<20261105140000.5201@vestlandhf.example>"
u2 = "<20261116093000.5202@vestlandhf.example>"
thread("awaiting", "I asked for a credit note and chased once; the supplier has said nothing.",
       M(I1, "Customer Service <kundeservice@nordicdressing.example>", "Credit note for damaged delivery 88214",
         D("2026-11-05 14:00"), u1,
         "Hello,\n\nDelivery 88214 arrived with four crushed cartons of foam dressings (photos "
         "attached). Please issue a credit note for the damaged goods.\n\nIngrid Halvorsen" + SIG),
       M(I1, "Customer Service <kundeservice@nordicdressing.example>", "Re: Credit note for damaged delivery 88214",
         D("2026-11-16 09:30"), u2,
         "Hello again,\n\nI haven't had a reply to the message below. Could you confirm the credit note "
         "is being processed?\n\nIngrid Halvorsen" + SIG, parents=[u1]))

# A6 recruiter thread: I replied from my private address with questions
x1 = "<CAH7r2Lq-hs-4410@mail.talentbro.example>"
x2 = "<20261118194400.ih@postkasse.example>"
thread("awaiting", "A recruiter wrote to my work address; I answered from my private one with questions, no reply yet.",
       M("Hege Strand <hege.strand@talentbro.example>", I1, "Confidential: procurement leadership role",
         D("2026-11-17 08:30"), x1,
         "Hi Ingrid,\n\nApologies for writing to your work address - it's the only one I had. I have a "
         "confidential procurement leadership role at a medtech distributor. Interested in hearing more?\n\n"
         "Hege Strand\nTalentbro\n"),
       M(I2, "Hege Strand <hege.strand@talentbro.example>", "Re: Confidential: procurement leadership role",
         D("2026-11-18 19:44"), x2,
         "Hi Hege,\n\nThanks - please use this address from now on. I'm interested in principle. What's "
         "the salary band, and would the role be based in Oslo or flexible?\n\nIngrid" + SIG2,
         parents=[x1]))

# A7 IT ticket: helpdesk auto-acknowledgement after my request
y1 = "<20261123081500.5301@vestlandhf.example>"
thread("awaiting", "I asked IT for access; only the helpdesk's automatic ticket receipt came back.",
       M(I1, "IT Servicedesk <servicedesk@vestlandhf.example>", "Access to the contract management system for a new buyer",
         D("2026-11-23 08:15"), y1,
         "Hi,\n\nOur new buyer, Amund Tveit, starts on 1 December. Could you set up his access to "
         "Mercell contract management with the 'buyer' role?\n\nIngrid Halvorsen" + SIG),
       M("IT Servicedesk <servicedesk@vestlandhf.example>", I1, "[INC0048812] Access to the contract management system for a new buyer",
         D("2026-11-23 08:16"), "<INC0048812.ack@servicenow.vestlandhf.example>",
         "This is an automatically generated message. Your request has been registered as INC0048812 "
         "and will be handled by the next available agent. Please do not reply to this e-mail.\n",
         parents=[y1], extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]))

# A8 joined by References only: they asked, I answered with a question
z1 = "<CAM-ls-882@ahus-innkjop.example>"
z2 = "<20261125101000.5401@vestlandhf.example>"
t_z1 = ("Hi Ingrid,\n\nWe're also tendering enteral feeding pumps next year. Would you like to run it as a "
        "joint tender?\n\nLinn Sandvik\nProcurement, Akershus\n")
thread("awaiting", "Peer proposed a joint tender; my reply (References only, no In-Reply-To) asks her about timing.",
       M("Linn Sandvik <linn.sandvik@ahus-innkjop.example>", I1, "Joint tender - enteral feeding pumps?",
         D("2026-11-20 10:50"), z1, t_z1),
       M(I1, "Linn Sandvik <linn.sandvik@ahus-innkjop.example>", "SV: Joint tender - enteral feeding pumps?",
         D("2026-11-25 10:10"), z2,
         "Hi Linn,\n\nYes, I'd like that. Our current contract ends in September 2027 - when does yours "
         "end, and who would lead?\n\nIngrid" + SIG + quote(t_z1, "Linn Sandvik", "20. nov. 2026"),
         parents=[z1], no_irt=True))

# A9 peer promised to check his diary
l1 = "<20261119140000.5501@vestlandhf.example>"
l2 = "<CAP-lv-1201@helse-mr.example>"
thread("awaiting", "Lars said he would check his diary and come back with a time; ball in his court.",
       M(I1, "Lars Vikenes <lars.vikenes@helse-mr.example>", "Value-based procurement - a call?",
         D("2026-11-19 14:00"), l1,
         "Hi Lars,\n\nI'm preparing a value-based procurement pilot for wound care. Could we have a "
         "30-minute call before Christmas?\n\nIngrid" + SIG),
       M("Lars Vikenes <lars.vikenes@helse-mr.example>", I1, "Re: Value-based procurement - a call?",
         D("2026-11-20 08:25"), l2,
         "Hi Ingrid,\n\nHappy to. Let me check my diary with my assistant and I'll come back to you with "
         "a couple of times early next week.\n\nLars\n", parents=[l1]))

# A10 counter-proposal on an offer
cp1 = "<offer-2026-11-02.ln@nordicprocure.example>"
cp2 = "<20261106110000.ih@postkasse.example>"
cp3 = "<offer-2026-11-02.ln.2@nordicprocure.example>"
cp4 = "<20261125083000.ih@postkasse.example>"
thread("awaiting", "I sent a counter-proposal on salary for an offer; the company has not answered.",
       M("Line Nakken <line.nakken@nordicprocure.example>", I2, "Offer - Procurement Lead",
         D("2026-11-02 12:00"), cp1,
         "Hi Ingrid,\n\nWe're pleased to offer you the Procurement Lead position. Details attached. "
         "Do you have any questions?\n\nLine Nakken\nHR, Nordic Procure\n"),
       M(I2, "Line Nakken <line.nakken@nordicprocure.example>", "Re: Offer - Procurement Lead",
         D("2026-11-06 11:00"), cp2,
         "Hi Line,\n\nThank you! Could you tell me how the bonus is calculated and whether the role is "
         "hybrid?\n\nIngrid" + SIG2, parents=[cp1]),
       M("Line Nakken <line.nakken@nordicprocure.example>", I2, "Re: Offer - Procurement Lead",
         D("2026-11-12 09:45"), cp3,
         "Hi Ingrid,\n\nThe bonus is up to 10% on company and personal targets; the role is hybrid, "
         "three days in the office. Let me know if anything else is unclear.\n\nLine\n", parents=[cp1, cp2]),
       M(I2, "Line Nakken <line.nakken@nordicprocure.example>", "Re: Offer - Procurement Lead",
         D("2026-11-25 08:30"), cp4,
         "Hi Line,\n\nThanks for clarifying. I'm keen, but the base is below what I'd be leaving. Would "
         "you be able to move it to NOK 1,050,000? If so, I'm ready to accept.\n\nIngrid" + SIG2,
         parents=[cp1, cp2, cp3]))

# A11 reference request sent to a former boss
thread("awaiting", "I asked my former boss whether she would be a referee; no answer yet.",
       M(I2, "Turid Eide <turid.eide@haraldsplass.example>", "A favour: reference?", D("2026-11-24 20:05"),
         "<20261124200500.ih@postkasse.example>",
         "Hi Turid,\n\nI'm in the final round for a head-of-procurement role and they've asked for "
         "referees. Would you be willing to be one? They'd call in the first week of December.\n\n"
         "Warm regards,\nIngrid" + SIG2))

# A12 forwarded quote to a clinician for evaluation
thread("awaiting", "I forwarded a supplier's quote to the anaesthesia lead and asked for her clinical view.",
       M(I1, "Dr Siri Helland <siri.helland@vestlandhf.example>", "Fwd: Quote - video laryngoscopes",
         D("2026-11-23 15:20"), "<20261123152000.5601@vestlandhf.example>",
         "Hi Siri,\n\nPolmed have quoted for video laryngoscopes (below). Before I go further: are these "
         "clinically acceptable to your department, or should I not bother? A line or two is enough.\n\n"
         "Ingrid" + SIG + "\n---------- Forwarded message ---------\nFrom: Łukasz Zieliński "
         "<l.zielinski@polmed.example>\nSubject: Quote - video laryngoscopes\n\nDear Ms Halvorsen,\n\n"
         "Please find our quote for 8 VL-3 video laryngoscopes at EUR 4,900 each.\n\nBest regards,\nŁukasz\n"))

# A13 I asked for delivery confirmation after a long thread
dd1 = "<CAD-ow-881@ortoline.example>"
dd2 = "<20261110083000.5701@vestlandhf.example>"
dd3 = "<CAD-ow-882@ortoline.example>"
dd4 = "<20261123090500.5702@vestlandhf.example>"
thread("awaiting", "Last in the thread is my request for a confirmed delivery week; the supplier has not replied.",
       M("Ola Wiik <ola.wiik@ortoline.example>", I1, "Knee implant consignment - restock", D("2026-11-09 15:10"), dd1,
         "Hi Ingrid,\n\nThe orthopaedic theatre used more of the size 4 femoral components than planned. "
         "Shall we restock now or wait for the quarterly count?\n\nOla\n"),
       M(I1, "Ola Wiik <ola.wiik@ortoline.example>", "Re: Knee implant consignment - restock", D("2026-11-10 08:30"), dd2,
         "Hi Ola,\n\nRestock now, please - the theatre has a full list in December.\n\nIngrid" + SIG, parents=[dd1]),
       M("Ola Wiik <ola.wiik@ortoline.example>", I1, "Re: Knee implant consignment - restock", D("2026-11-11 13:00"), dd3,
         "Will do. It depends on stock in Gothenburg, I'll know more next week.\n\nOla\n", parents=[dd1, dd2]),
       M(I1, "Ola Wiik <ola.wiik@ortoline.example>", "Re: Knee implant consignment - restock", D("2026-11-23 09:05"), dd4,
         "Hi Ola,\n\nAny news from Gothenburg? Can you confirm the delivery week?\n\nIngrid" + SIG,
         parents=[dd1, dd2, dd3]))

# A14 application sent by mail
thread("awaiting", "I applied by e-mail to a hiring manager; no answer yet.",
       M(I2, "Marius Kolstad <marius.kolstad@sunnhordland-kommune.example>",
         "=?utf-8?Q?S=C3=B8knad=3A_innkj=C3=B8psleder_helse_og_omsorg?=", D("2026-11-16 22:10"),
         "<20261116221000.ih@postkasse.example>",
         "Hei Marius,\n\nVedlagt er søknad og CV til stillingen som innkjøpsleder for helse og omsorg. "
         "Jeg har seks års erfaring med anskaffelser av medisinsk utstyr i Vestland HF.\n\nEr det mulig "
         "å få vite når intervjuene blir?\n\nVennlig hilsen\nIngrid Halvorsen" + SIG2))

# A15 question to a Polish supplier with non-ASCII subject
thread("awaiting", "I asked a supplier (non-ASCII subject) for the missing declaration of conformity; no reply.",
       M(I1, "=?utf-8?Q?=C5=81ukasz_Zieli=C5=84ski?= <l.zielinski@polmed.example>",
         "=?utf-8?Q?Deklaracja_zgodno=C5=9Bci_=E2=80=93_VL-3?=", D("2026-11-25 14:25"),
         "<20261125142500.5801@vestlandhf.example>",
         "Dear Łukasz,\n\nThe declaration of conformity for the VL-3 is missing from your quote. Could "
         "you send it, together with the notified body certificate?\n\nBest regards,\nIngrid" + SIG))

# A16 I asked a colleague to review an evaluation matrix; read receipt came back
ev1 = "<20261124133000.5901@vestlandhf.example>"
thread("awaiting", "I asked a colleague to check my scoring before Friday; only her mail client's read receipt came back.",
       M(I1, "Kjersti Holm <kjersti.holm@vestlandhf.example>", "Please check: evaluation matrix wound care",
         D("2026-11-24 13:30"), ev1,
         "Hi Kjersti,\n\nCould you check my scoring of the wound care bids before Friday? In particular, "
         "do you agree that Nordic Dressing's sample failed the adhesion test?\n\nIngrid" + SIG,
         extra=[("Disposition-Notification-To", I1)]),
       M("Kjersti Holm <kjersti.holm@vestlandhf.example>", I1, "Read: Please check: evaluation matrix wound care",
         D("2026-11-24 14:02"), "<MDN-kh-20261124140212@vestlandhf.example>", None, parents=[ev1],
         raw=([("Content-Type", 'multipart/report; report-type=disposition-notification; boundary="mdn-b1"')],
              "--mdn-b1\nContent-Type: text/plain; charset=utf-8\n\nYour message was read on 24.11.2026 14:02.\n\n"
              "--mdn-b1\nContent-Type: message/disposition-notification\n\nReporting-UA: Outlook\n"
              "Final-Recipient: rfc822;kjersti.holm@vestlandhf.example\nOriginal-Message-ID: " + ev1 + "\n"
              "Disposition: manual-action/MDN-sent-manually; displayed\n\n--mdn-b1--\n")))

# ---------------------------------------------------------------------------
# NONE: nobody owes anyone a reply
# ---------------------------------------------------------------------------

# N1 newsletter
thread("none", "Trade newsletter with List-Unsubscribe.",
       M("Innkjøpsnytt <nyhetsbrev@innkjopsnytt.example>", I1, "Ukens innkjøpsnytt: nye terskelverdier fra 2027",
         D("2026-11-26 06:00"), "<nl-2026-48.114992@send.innkjopsnytt.example>",
         "Denne uken: nye terskelverdier for offentlige anskaffelser fra 1. januar 2027, og hva betyr "
         "de for helseforetakene? Dessuten: slik lykkes du med markedsdialog.\n\nLes mer på nettsiden.\n\n"
         "Du mottar dette fordi du abonnerer. Meld deg av: https://innkjopsnytt.example/avmeld\n",
         extra=[("List-Unsubscribe", "<https://innkjopsnytt.example/avmeld?u=88a1>"), ("Precedence", "bulk")]))

# N2 mailing list post asking the list a question
thread("none", "Post to a professional mailing list (List-Id) asking the whole list; not addressed to me.",
       M("Per Kristian Dale <pk.dale@sorlandet-sykehus.example>", "Helseinnkjøp-nettverket <helseinnkjop@lists.nhpn.example>",
         "[helseinnkjop] Anyone using dynamic pricing clauses for gloves?", D("2026-11-25 09:10"),
         "<CAPK-dale-2001@sorlandet-sykehus.example>",
         "Hi all,\n\nHas anyone put index-linked pricing clauses into glove contracts since 2024? "
         "Which index did you use? Grateful for any experience.\n\nPer Kristian\n\n--\nhelseinnkjop mailing list\n"
         "https://lists.nhpn.example/listinfo/helseinnkjop\n",
         extra=[("List-Id", "Helseinnkjop network <helseinnkjop.lists.nhpn.example>"),
                ("List-Post", "<mailto:helseinnkjop@lists.nhpn.example>"), ("Precedence", "list"),
                ("Sender", "helseinnkjop-bounces@lists.nhpn.example")]))

# N3 mailing list digest
thread("none", "Mailing-list digest.",
       M("helseinnkjop-request@lists.nhpn.example", "helseinnkjop@lists.nhpn.example",
         "helseinnkjop Digest, Vol 41, Issue 12", D("2026-11-24 05:00"), "<mailman.2211.1795924800.lists.nhpn.example>",
         "Send helseinnkjop mailing list submissions to helseinnkjop@lists.nhpn.example\n\nToday's Topics:\n\n"
         "   1. Re: Framework for hearing aids? (Anne Grete Moe)\n   2. Conference dates 2027 (Nils Aarflot)\n\n"
         "----------------------------------------------------------------------\n\nMessage: 1\n"
         "Can anyone share a good evaluation model for hearing aids?\n...\n",
         extra=[("List-Id", "Helseinnkjop network <helseinnkjop.lists.nhpn.example>"), ("Precedence", "list")]))

# N4 automated onboarding mail that looks human
thread("none", "Automated onboarding mail from a SaaS tool, signed by a person and saying 'just hit reply'.",
       M("Hanna from TenderHub <hanna@tenderhub.example>", I1, "Ingrid, 3 tips to get the most out of TenderHub",
         D("2026-11-25 07:30"), "<0102018f-ab12-4cde-9f00-onb3@email.tenderhub.example>",
         "Hi Ingrid,\n\nWelcome aboard! Here are three tips for your first week:\n\n1. Import your "
         "supplier list.\n2. Set up alerts for new tenders in your categories.\n3. Invite your team.\n\n"
         "Any questions? Just hit reply - I read every message!\n\nHanna\nCustomer Success, TenderHub\n\n"
         "TenderHub AS, Oslo. Unsubscribe from onboarding e-mails.\n",
         extra=[("List-Unsubscribe", "<mailto:unsub-88a1@email.tenderhub.example>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Mailer", "Customer.io")]))

# N5 calendar acceptance
thread("none", "Calendar notice: a colleague accepted my meeting invitation.",
       M("Anders Lie <anders.lie@vestlandhf.example>", I1, "Accepted: Budget review medical equipment 2027",
         D("2026-11-24 09:12"), "<DB9P-accept-2291@vestlandhf.example>", None,
         raw=([("Content-Type", 'multipart/alternative; boundary="cal-acc"')],
              "--cal-acc\nContent-Type: text/plain; charset=utf-8\n\nAnders Lie has accepted.\n\n"
              "--cal-acc\nContent-Type: text/calendar; charset=utf-8; method=REPLY\n\nBEGIN:VCALENDAR\n"
              "METHOD:REPLY\nPRODID:Microsoft Exchange Server 2019\nVERSION:2.0\nBEGIN:VEVENT\n"
              "ATTENDEE;PARTSTAT=ACCEPTED:mailto:anders.lie@vestlandhf.example\nSUMMARY:Budget review medical equipment 2027\n"
              "DTSTART:20261201T090000Z\nUID:040000008200E00074C5B7101A82E0080000000090A1\nEND:VEVENT\nEND:VCALENDAR\n\n--cal-acc--\n")))

# N6 calendar invitation
thread("none", "Calendar invitation to a department meeting, answered in the calendar, not by mail.",
       M("Gunnhild Sunde <gunnhild.sunde@vestlandhf.example>", "Innkjøp alle <innkjop-alle@vestlandhf.example>",
         "Invitation: Department meeting December @ Thu 3 Dec 2026 13:00 - 14:00", D("2026-11-25 16:00"),
         "<invite-dept-dec-2026@vestlandhf.example>", None,
         raw=([("Content-Type", 'multipart/alternative; boundary="cal-req"')],
              "--cal-req\nContent-Type: text/plain; charset=utf-8\n\nDepartment meeting December\n"
              "Thursday 3 December 13:00-14:00, room 4.112\n\n"
              "--cal-req\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\nBEGIN:VCALENDAR\n"
              "METHOD:REQUEST\nVERSION:2.0\nBEGIN:VEVENT\nORGANIZER:mailto:gunnhild.sunde@vestlandhf.example\n"
              "ATTENDEE;RSVP=TRUE:mailto:innkjop-alle@vestlandhf.example\nSUMMARY:Department meeting December\n"
              "DTSTART:20261203T120000Z\nDTEND:20261203T130000Z\nUID:dept-dec-2026@vestlandhf.example\n"
              "END:VEVENT\nEND:VCALENDAR\n\n--cal-req--\n")))

# N7 bounce of my thank-you note
bo1 = "<20261120091500.6001@vestlandhf.example>"
thread("none", "My thank-you note (needing no answer) bounced; nothing is owed either way.",
       M(I1, "Geir Opsahl <geir.opsahl@old-supplier.example>", "Thank you",
         D("2026-11-20 09:15"), bo1,
         "Hi Geir,\n\nI heard you're retiring at the end of the month. Thank you for twelve years of "
         "straight dealing - it made my job easier. All the best!\n\nIngrid" + SIG),
       M("Mail Delivery System <MAILER-DAEMON@mx.vestlandhf.example>", I1,
         "Undelivered Mail Returned to Sender", D("2026-11-20 09:16"), "<20261120081502.A1F2C@mx.vestlandhf.example>",
         None, parents=[bo1], extra=[("Auto-Submitted", "auto-replied")],
         raw=([("Content-Type", 'multipart/report; report-type=delivery-status; boundary="bnc-1"')],
              "--bnc-1\nContent-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host "
              "mx.vestlandhf.example.\n\nI'm sorry to have to inform you that your message could not be "
              "delivered to one or more recipients.\n\n<geir.opsahl@old-supplier.example>: host "
              "mx.old-supplier.example said: 550 5.1.1 User unknown\n\n"
              "--bnc-1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.vestlandhf.example\n\n"
              "Final-Recipient: rfc822; geir.opsahl@old-supplier.example\nAction: failed\nStatus: 5.1.1\n\n"
              "--bnc-1\nContent-Type: text/rfc822-headers\n\nFrom: Ingrid Halvorsen <" + ME1 + ">\n"
              "To: Geir Opsahl <geir.opsahl@old-supplier.example>\nSubject: Thank you\nMessage-ID: " + bo1 +
              "\n\n--bnc-1--\n")))

# N8 out-of-office in reply to my announcement
an1 = "<20261123070000.6101@vestlandhf.example>"
thread("none", "My FYI announcement to suppliers asked nothing; the only reply is an out-of-office.",
       M(I1, "Leverandører medisinsk forbruk <leverandorer-forbruk@vestlandhf.example>",
         "New delivery address for central store from 1 January", D("2026-11-23 07:00"), an1,
         "Dear suppliers,\n\nFrom 1 January 2027 all deliveries of consumables must go to the new central "
         "store at Møllendalsveien 6. Deliveries to the old address will be refused from 15 January. "
         "No action is needed other than updating your delivery records.\n\nKind regards,\nIngrid Halvorsen" + SIG),
       M("Petra Lind <petra.lind@scandimed.example>", I1, "Out of Office: New delivery address for central store from 1 January",
         D("2026-11-23 07:01"), "<ooo-pl-55121@scandimed.example>",
         "I'm on parental leave until March 2027. Your e-mail will not be forwarded. For orders, please "
         "contact order@scandimed.example.\n", parents=[an1], extra=[("Auto-Submitted", "auto-replied")]))

# N9 webshop receipt
thread("none", "Order confirmation from a webshop.",
       M("Kontorland <ordre@kontorland.example>", I1, "Ordrebekreftelse 1183377", D("2026-11-19 12:14"),
         "<ordre-1183377@kontorland.example>",
         "Takk for bestillingen!\n\nOrdrenummer: 1183377\n2 x Arkivboks A4, 5 x Tusj sort\nTotalt: kr 412,00\n"
         "Forventet levering: 2-3 virkedager.\n\nDette er en automatisk e-post.\n",
         extra=[("Auto-Submitted", "auto-generated")]))

# N10 closing thanks
ct1 = "<20261118130000.6201@vestlandhf.example>"
ct2 = "<CAL2d-kh-9@vestlandhf.example>"
thread("none", "I sent the documents she asked for; her 'got them, thanks' closes it.",
       M("Kjersti Holm <kjersti.holm@vestlandhf.example>", I1, "Framework contract for catheters?",
         D("2026-11-18 11:20"), "<CAL2d-kh-8@vestlandhf.example>",
         "Hi Ingrid, could you send me the catheter framework and price annex? Kjersti\n"),
       M(I1, "Kjersti Holm <kjersti.holm@vestlandhf.example>", "Re: Framework contract for catheters?",
         D("2026-11-18 13:00"), ct1, "Here you go - both attached.\n\nIngrid" + SIG,
         parents=["<CAL2d-kh-8@vestlandhf.example>"]),
       M("Kjersti Holm <kjersti.holm@vestlandhf.example>", I1, "Re: Framework contract for catheters?",
         D("2026-11-18 13:04"), ct2, "Got them, thanks!\n",
         parents=["<CAL2d-kh-8@vestlandhf.example>", ct1]))

# N11 I said no thanks to a vendor pitch (mine last)
vp1 = "<0100018f-pitch-7781@mail.carelink-solutions.example>"
thread("none", "Vendor pitch; I replied with a clear no, so nothing is awaited.",
       M("Jonas Brekke <jonas.brekke@carelink-solutions.example>", I1, "Cut your consumables spend by 18%?",
         D("2026-11-16 10:00"), vp1,
         "Hi Ingrid,\n\nHospitals like yours save 18% on consumables with CareLink's spend analytics. "
         "Do you have 15 minutes next week for a demo?\n\nJonas\n"),
       M(I1, "Jonas Brekke <jonas.brekke@carelink-solutions.example>", "Re: Cut your consumables spend by 18%?",
         D("2026-11-17 08:10"), "<20261117081000.6301@vestlandhf.example>",
         "Hi Jonas,\n\nThanks, but no - spend analytics is covered by our regional agreement and we won't "
         "be buying another tool.\n\nBest,\nIngrid" + SIG, parents=[vp1]))

# N12 rejection received
rj1 = "<20261028191000.ih@postkasse.example>"
thread("none", "My application was turned down; the rejection needs no answer.",
       M(I2, "Recruitment <rekruttering@helsevest-ikt.example>", "Application: Senior Category Manager",
         D("2026-10-28 19:10"), rj1,
         "Dear recruitment team,\n\nPlease find attached my application for the Senior Category Manager "
         "post.\n\nKind regards,\nIngrid Halvorsen" + SIG2),
       M("Sissel Haug <sissel.haug@helsevest-ikt.example>", I2, "Re: Application: Senior Category Manager",
         D("2026-11-13 14:30"), "<hv-ikt-rej-9912@helsevest-ikt.example>",
         "Dear Ingrid,\n\nThank you for your application and your interest in Helse Vest IKT. After careful "
         "consideration we have decided to proceed with other candidates whose background is closer to "
         "IT procurement.\n\nWe wish you the best in your search.\n\nKind regards,\nSissel Haug\nHR\n",
         parents=[rj1]))

# N13 cc-only, not mentioned
thread("none", "I'm only on Cc of an exchange between two colleagues; nothing asks me anything.",
       M("Kjersti Holm <kjersti.holm@vestlandhf.example>", "Amund Tveit <amund.tveit@vestlandhf.example>",
         "Welcome - first week plan", D("2026-11-26 10:40"), "<CAL2d-kh-20@vestlandhf.example>",
         "Hi Amund,\n\nWelcome! Your first week: Monday IT and badge, Tuesday shadowing me on orders, "
         "Wednesday central store tour. Could you bring your tax card on Monday?\n\nKjersti\n", cc=I1))

# N14 scheduling ended naturally
sc1 = "<CAM-gs-3001@vestlandhf.example>"
sc2 = "<20261120100000.6401@vestlandhf.example>"
sc3 = "<CAM-gs-3002@vestlandhf.example>"
thread("none", "Meeting time agreed; her 'see you Thursday' ends the exchange.",
       M("Gunnhild Sunde <gunnhild.sunde@vestlandhf.example>", I1, "1:1 this week?", D("2026-11-20 09:00"), sc1,
         "Hi Ingrid, do you have half an hour this week for our 1:1? Thursday 10:00 or Friday 14:00?\n\nGunnhild\n"),
       M(I1, "Gunnhild Sunde <gunnhild.sunde@vestlandhf.example>", "Re: 1:1 this week?", D("2026-11-20 10:00"), sc2,
         "Thursday 10:00 is good.\n\nIngrid" + SIG, parents=[sc1]),
       M("Gunnhild Sunde <gunnhild.sunde@vestlandhf.example>", I1, "Re: 1:1 this week?", D("2026-11-20 10:05"), sc3,
         "Perfect, see you Thursday.\n\nG.\n", parents=[sc1, sc2]))

# N15 answer quoting my questions
qa1 = "<20261123101500.6501@vestlandhf.example>"
t_qa1 = ("Hi Amira,\n\nTwo quick ones: is the new wrap (SW-200) on the framework price? And can it go in "
         "the same order as the pouches?\n\nIngrid\n")
thread("none", "Supplier answered both my questions; the question marks are only in the quoted text.",
       M(I1, "Amira Haddad <amira.haddad@steripak.example>", "SW-200 wraps", D("2026-11-23 10:15"), qa1, t_qa1 + SIG),
       M("Amira Haddad <amira.haddad@steripak.example>", I1, "RE: SW-200 wraps", D("2026-11-23 11:02"),
         "<PA4P195MB-ah-09@steripak.example>",
         "Hi Ingrid,\n\nYes to both - framework price applies, and it can ship with the pouches.\n\nAmira"
         + quote(t_qa1, "Ingrid Halvorsen", "23 November 2026 10:15"), parents=[qa1]))

# N16 FYI with a rhetorical question
thread("none", "FYI from a colleague with a rhetorical question; nothing is asked of me.",
       M("Tor Inge Lunde <tor.inge.lunde@vestlandhf.example>", I1, "FYI: glove prices Q1", D("2026-11-26 12:20"),
         "<CAMx9-tl-8812@vestlandhf.example>",
         "Hi Ingrid,\n\nWho would have thought glove prices would fall again? The Q1 index came out today: "
         "-4% on nitrile. Nothing for you to do - I've already adjusted the budget forecast. Just so you know.\n\n"
         "Tor Inge\n"))

# N17 routine document delivery with "let me know if you have questions"
cat1 = "<20261124080000.6601@vestlandhf.example>"
thread("none", "Supplier sent the catalogue I asked for with a boilerplate 'let me know if you have any questions'.",
       M(I1, "Ola Wiik <ola.wiik@ortoline.example>", "2027 product catalogue", D("2026-11-24 08:00"), cat1,
         "Hi Ola, can you send me your 2027 catalogue with framework prices?\n\nIngrid" + SIG),
       M("Ola Wiik <ola.wiik@ortoline.example>", I1, "Re: 2027 product catalogue", D("2026-11-24 12:40"),
         "<CAD-ow-901@ortoline.example>",
         "Hi Ingrid,\n\nAttached is the 2027 catalogue with your framework prices in column F.\n\nLet me "
         "know if you have any questions.\n\nOla\n", parents=[cat1]))

# N18 scam "recruiter"
thread("none", "Scam-like job offer asking for a processing fee and bank details; no reply owed.",
       M("Dr. James Whitfield <hr.global.recruit.team@freemail.example>", I2,
         "URGENT: Procurement Director position - Immediate Start", D("2026-11-22 03:12"),
         "<20261122031200.8812@freemail.example>",
         "Dear Candidate,\n\nYou have been selected for the position of Procurement Director at a leading "
         "international hospital group in Dubai, salary USD 24,000 per month tax free. No interview is "
         "needed. To secure your position please pay the visa processing fee of USD 450 and send your "
         "bank account details and passport copy within 24 hours.\n\nReply today to avoid losing this "
         "opportunity!!\n\nDr. James Whitfield\n"))

# N19 vendor keeps writing after a clear no
pu1 = "<0100018f-pitch-9001@mail.medoptima.example>"
pu2 = "<20261102090000.6701@vestlandhf.example>"
thread("none", "Sales rep keeps nudging after my clear no; no reply owed.",
       M("Stian Brun <stian.brun@medoptima.example>", I1, "Partnership opportunity", D("2026-10-29 10:00"), pu1,
         "Hi Ingrid, could we book a call about MedOptima's tender-writing service?\n\nStian\n"),
       M(I1, "Stian Brun <stian.brun@medoptima.example>", "Re: Partnership opportunity", D("2026-11-02 09:00"), pu2,
         "Hi Stian,\n\nNo thank you - we write our tenders in-house. Please take me off your list.\n\nIngrid" + SIG,
         parents=[pu1]),
       M("Stian Brun <stian.brun@medoptima.example>", I1, "Re: Partnership opportunity", D("2026-11-12 10:00"),
         "<0100018f-pitch-9002@mail.medoptima.example>",
         "Hi Ingrid, just bumping this to the top of your inbox - would 15 minutes next week work?\n\nStian\n",
         parents=[pu1, pu2]),
       M("Stian Brun <stian.brun@medoptima.example>", I1, "Re: Partnership opportunity", D("2026-11-24 10:00"),
         "<0100018f-pitch-9003@mail.medoptima.example>",
         "Hi Ingrid, circling back one more time. Surely a quick call can't hurt? Let me know a time.\n\nStian\n",
         parents=[pu1, pu2, "<0100018f-pitch-9002@mail.medoptima.example>"]))

# N20 e-procurement system notification
thread("none", "Automatic notice from the tender portal about a supplier question; it is answered in the portal.",
       M("Mercell <noreply@mercell.example>", I1, "New question in tender 2026/114 Wound care",
         D("2026-11-26 15:33"), "<mercell-q-2026114-0007@notify.mercell.example>",
         "A supplier has submitted a question in tender 2026/114 Wound care.\n\nQuestion 7: Can lot 3 be "
         "offered in a multipack of 5?\n\nLog in to answer the question. Do not reply to this e-mail.\n",
         extra=[("Auto-Submitted", "auto-generated")]))

# N21 professional network notification
thread("none", "Social network notification.",
       M("LinkedIn <notifications-noreply@linkedin.example>", I2, "Ingrid, you appeared in 14 searches this week",
         D("2026-11-23 07:45"), "<1395721811.88421.1795905900@linkedin.example>",
         "You appeared in 14 searches this week. See who's looking: https://linkedin.example/me/search\n\n"
         "Unsubscribe | Help\n", extra=[("List-Unsubscribe", "<https://linkedin.example/unsub>")]))

# N22 note to myself (sent from work to private address)
thread("none", "A note I sent from my work address to my private one; nobody else involved.",
       M(I1, I2, "note: questions for Nordic Lab", D("2026-11-25 16:55"), "<20261125165500.6801@vestlandhf.example>",
         "- notice period 3 months?\n- pension scheme details\n- who owns the lab IT budget?\n- travel between sites\n"))

# N23 all-staff announcement with a general question
thread("none", "All-staff message from the CEO; its question is general, answered on the intranet.",
       M("Administrerende direktør <direktor@vestlandhf.example>", "Alle ansatte <alle@vestlandhf.example>",
         "Budget 2027 and what it means for us", D("2026-11-26 08:00"), "<ceo-2026-11-budget@vestlandhf.example>",
         "Dear colleagues,\n\nThe board approved the 2027 budget yesterday. We must find NOK 180 million in "
         "savings while protecting patient care.\n\nDo you have ideas for where we can work smarter? "
         "Share them in the ideas box on the intranet.\n\nBest regards,\nAdministrerende direktør\n",
         extra=[("Precedence", "bulk")]))

# N24 I declined an offer; mine is last and closes it
do1 = "<offer-2026-10-30.kb@medlogistikk.example>"
do2 = "<20261103073000.ih@postkasse.example>"
do3 = "<offer-2026-10-30.kb.2@medlogistikk.example>"
do4 = "<20261126210000.ih@postkasse.example>"
thread("none", "I declined a job offer politely; my decline is last and closes the matter.",
       M("Kristin Bakke <kristin.bakke@medlogistikk.example>", I2, "Offer letter - Purchasing Manager",
         D("2026-10-30 14:00"), do1,
         "Dear Ingrid,\n\nWe're happy to offer you the Purchasing Manager role - letter attached. Could you "
         "let us know by 27 November?\n\nKristin\n"),
       M(I2, "Kristin Bakke <kristin.bakke@medlogistikk.example>", "Re: Offer letter - Purchasing Manager",
         D("2026-11-03 07:30"), do2,
         "Dear Kristin,\n\nThank you! I'll come back to you by the 27th.\n\nIngrid" + SIG2, parents=[do1]),
       M("Kristin Bakke <kristin.bakke@medlogistikk.example>", I2, "Re: Offer letter - Purchasing Manager",
         D("2026-11-03 08:15"), do3, "Great, thanks Ingrid.\n\nKristin\n", parents=[do1, do2]),
       M(I2, "Kristin Bakke <kristin.bakke@medlogistikk.example>", "Re: Offer letter - Purchasing Manager",
         D("2026-11-26 21:00"), do4,
         "Dear Kristin,\n\nThank you for the offer and for your patience. After a lot of thought I've "
         "decided to decline: the role is further from medical devices than I want to go. I enjoyed "
         "meeting the team and wish you all the best.\n\nKind regards,\nIngrid" + SIG2,
         parents=[do1, do2, do3]))

# N25 first message has no Message-ID; resolved after my answer and her thanks
nm2 = "<20261117111500.6901@vestlandhf.example>"
nm3 = "<ward2-kh-20261117@vestlandhf.example>"
thread("none", "Old ward client sent no Message-ID; I answered and she thanked me. Root is my reply, the first message with an ID.",
       M("Karin Haaland <karin.haaland@vestlandhf.example>", I1, "Bed pads - which size?", D("2026-11-17 10:20"), None,
         "Hi Ingrid,\n\nWhich size of bed pad is on the new contract, 60x90 or 60x60?\n\nKarin, ward 2\n"),
       M(I1, "Karin Haaland <karin.haaland@vestlandhf.example>", "Re: Bed pads - which size?", D("2026-11-17 11:15"), nm2,
         "Hi Karin,\n\nBoth are on the contract; 60x90 is item 7710442.\n\nIngrid" + SIG),
       M("Karin Haaland <karin.haaland@vestlandhf.example>", I1, "Re: Bed pads - which size?", D("2026-11-17 11:40"), nm3,
         "Thank you, that helps!\n\nKarin\n", parents=[nm2]))

# N26 remittance advice
thread("none", "Automatic remittance advice from the finance system.",
       M("Regnskap Vestland HF <no-reply@okonomi.vestlandhf.example>", I1, "Betalingsavis 2026-11-25",
         D("2026-11-25 05:30"), "<remit-20261125-0042@okonomi.vestlandhf.example>",
         "Betalingsavis\n\nFølgende fakturaer er betalt 25.11.2026:\n  Medisafe Nordic 88412  kr 412 500,00\n"
         "  SteriPak 2026-1193  kr 88 240,00\n\nDenne e-posten kan ikke besvares.\n",
         charset="iso-8859-1", cte="quoted-printable", extra=[("Auto-Submitted", "auto-generated")]))

# N27 satisfaction survey
thread("none", "Automated satisfaction survey after a support case.",
       M("GloveCo Customer Care <survey@gloveco.example>", I1, "How did we do? Rate your recent support case",
         D("2026-11-21 10:00"), "<svy-88121-0001@gloveco.example>",
         "Hi Ingrid,\n\nYour case 88121 was closed. How satisfied were you with our help? Click a score "
         "from 1 to 10: https://gloveco.example/s/88121\n\nThank you!\n",
         extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]))

# N28 security alert
thread("none", "Security alert about a new sign-in.",
       M("Postkasse <security-noreply@postkasse.example>", I2, "New sign-in to your account",
         D("2026-11-22 18:02"), "<sec-alert-55102@postkasse.example>",
         "We noticed a new sign-in to your account from Firefox on Linux (Bergen, Norway). If this was "
         "you, you don't need to do anything.\n", extra=[("Auto-Submitted", "auto-generated")]))

# N29 courier notification
thread("none", "Courier delivery notification.",
       M("PostNord <noreply@postnord.example>", I1, "Your parcel is on its way", D("2026-11-26 06:40"),
         "<pn-track-00370726-2026@postnord.example>",
         "Your parcel 00370726 from GloveCo A/S will be delivered tomorrow between 08:00 and 16:00.\n",
         extra=[("Auto-Submitted", "auto-generated")]))

# N30 webinar registration confirmation
thread("none", "Webinar registration confirmation.",
       M("Sykehusinnkjøp Events <events@sykehusinnkjop.example>", I1,
         "=?utf-8?Q?Du_er_p=C3=A5meldt=3A_Webinar_om_leveringssikkerhet?=", D("2026-11-18 12:00"),
         "<evt-reg-44910@sykehusinnkjop.example>",
         "Takk for påmeldingen!\n\nWebinar: Leveringssikkerhet for medisinsk forbruksmateriell\n"
         "Tid: 8. desember kl. 09.00-10.00\nLenke kommer dagen før.\n", extra=[("Auto-Submitted", "auto-generated")]))

# N31 I answered a colleague's question; mine is last and asks nothing
an2 = "<CAMx9-tl-8790@vestlandhf.example>"
thread("none", "Colleague asked, I answered fully; nothing further is expected.",
       M("Tor Inge Lunde <tor.inge.lunde@vestlandhf.example>", I1, "Accrual for the pump order?", D("2026-11-25 14:00"), an2,
         "Hi Ingrid, should I accrue the syringe pump order in November or will it be invoiced in December?\n\nTor Inge\n"),
       M(I1, "Tor Inge Lunde <tor.inge.lunde@vestlandhf.example>", "Re: Accrual for the pump order?",
         D("2026-11-25 15:10"), "<20261125151000.7001@vestlandhf.example>",
         "Hi Tor Inge,\n\nDecember - the order won't be placed before 7 December, so no accrual needed "
         "in November.\n\nIngrid" + SIG, parents=[an2]))

# N32 read receipt for an FYI I sent
fy1 = "<20261119160000.7101@vestlandhf.example>"
thread("none", "FYI minutes I sent, followed only by a read receipt.",
       M(I1, "Maren Dahle <maren.dahle@vestlandhf.example>", "Minutes: product committee 18 November",
         D("2026-11-19 16:00"), fy1,
         "Hi Maren,\n\nFor your records, the minutes from yesterday's product committee are attached. No "
         "action needed from you.\n\nIngrid" + SIG, extra=[("Disposition-Notification-To", I1)]),
       M("Maren Dahle <maren.dahle@vestlandhf.example>", I1, "Read: Minutes: product committee 18 November",
         D("2026-11-19 16:30"), "<MDN-md-20261119163011@vestlandhf.example>", None, parents=[fy1],
         raw=([("Content-Type", 'multipart/report; report-type=disposition-notification; boundary="mdn-b2"')],
              "--mdn-b2\nContent-Type: text/plain; charset=utf-8\n\nYour message was read on 19.11.2026 16:30.\n\n"
              "--mdn-b2\nContent-Type: message/disposition-notification\n\nReporting-UA: Outlook\n"
              "Final-Recipient: rfc822;maren.dahle@vestlandhf.example\nOriginal-Message-ID: " + fy1 + "\n"
              "Disposition: manual-action/MDN-sent-manually; displayed\n\n--mdn-b2--\n")))

# N33 a polite "no, thank you" received to my request
sp1 = "<20261109120000.7201@vestlandhf.example>"
thread("none", "I asked a supplier to sponsor a training day; their clear no (with thanks) closes it.",
       M(I1, "Petra Lind <petra.lind@scandimed.example>", "Sponsorship of simulation training day?",
         D("2026-11-09 12:00"), sp1,
         "Hi Petra,\n\nWould ScandiMed sponsor consumables for our simulation training day in February?\n\nIngrid" + SIG),
       M("Petra Lind <petra.lind@scandimed.example>", I1, "Re: Sponsorship of simulation training day?",
         D("2026-11-13 09:40"), "<pl-55001@scandimed.example>",
         "Hi Ingrid,\n\nThank you for thinking of us. Unfortunately our compliance rules don't allow "
         "sponsorship of customer events this year, so it will have to be a no. Good luck with the day!\n\n"
         "Petra\n", parents=[sp1]))


# ---------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------

def main():
    if MAILDIR.exists():
        shutil.rmtree(MAILDIR)
    for d in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
        (MAILDIR / d).mkdir(parents=True)
    for d in ("new", "tmp", ".Sent/new", ".Sent/tmp"):
        (MAILDIR / d / ".gitkeep").write_bytes(b"")
    counter = 0
    labels = [
        '# Independent labelled corpus #3 (written blind). "me" = Ingrid Halvorsen, procurement manager '
        "(medical devices and consumables) at a regional hospital trust, interviewing for head-of-procurement roles.",
        f'me = ["{ME1}", "{ME2}"]',
        f'now = "{NOW}"',
    ]
    for expect, why, msgs in THREADS:
        root = next(m["mid"] for m in msgs if m["mid"])
        labels += ["", "[[thread]]", f'root = "{root}"', f'expect = "{expect}"', f'why = "{why}"']
        for m in msgs:
            counter += 1
            epoch = int(parsedate_to_datetime(m["date"]).timestamp())
            mine = any(a in m["frm"] for a in ME)
            folders = ["cur"]
            if mine:
                folders = [".Sent/cur"]
                if any(a in m["to"] for a in ME):
                    folders.append("cur")  # a note to myself also arrives in my inbox
            name = f"{epoch}.M{counter}P{4100 + counter}.{HOST}:2,S"
            data = render(m)
            for f in folders:
                (MAILDIR / f / name).write_bytes(data)
    (HERE / "labels.toml").write_text("\n".join(labels) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
