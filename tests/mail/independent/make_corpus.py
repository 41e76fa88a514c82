#!/usr/bin/env python3
"""Generate an independent, labelled Maildir corpus for the Ghostless
whose-turn-is-it classifier.  Written blind (without reading the classifier).

Deterministic: re-running produces byte-identical files.

    python3 make_corpus.py          # writes Maildir/ and labels.toml, then checks
    python3 make_corpus.py --check  # only checks what is on disk
"""

import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import sys
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "Maildir")
LABELS = os.path.join(HERE, "labels.toml")

ME1 = "sam.okoro@okoro-studio.example"
ME2 = "samokoro@mailbox.example"
NOW = "2026-11-20T12:00:00Z"

SAM = '"Sam Okoro" <%s>' % ME1
SAM2 = "Sam Okoro <%s>" % ME2


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
def h(*parts):
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()


def enc_b(s, cs="utf-8"):
    return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(cs)).decode())


def enc_q(s, cs="utf-8"):
    out = []
    for b in s.encode(cs):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif b < 128 and (c.isalnum() or c in "-!*+/"):
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (cs, "".join(out))


def parse_date(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i : i + 76] for i in range(0, len(s), 76))


def alt(text, html, boundary):
    body = (
        "This is a multi-part message in MIME format.\n\n"
        '--%s\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n'
        '--%s\nContent-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n'
        "--%s--\n"
    ) % (
        boundary,
        quopri.encodestring(text.encode()).decode(),
        boundary,
        quopri.encodestring(html.encode()).decode(),
        boundary,
    )
    return 'multipart/alternative; boundary="%s"' % boundary, body


def with_attachment(text, filename, data, mimetype, boundary):
    body = (
        "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n"
        '--%s\nContent-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
        "Content-Transfer-Encoding: base64\n\n%s\n--%s--\n"
    ) % (boundary, text, boundary, mimetype, filename, filename, b64lines(data), boundary)
    return 'multipart/mixed; boundary="%s"' % boundary, body


FAKE_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def quote(text, who, when):
    d = parse_date(when)
    lines = "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    return "\n\nOn %s, %s wrote:\n%s\n" % (d.strftime("%a, %d %b %Y at %H:%M"), who, lines)


# --------------------------------------------------------------------------
# message / thread model
# --------------------------------------------------------------------------
class M:
    def __init__(
        self,
        frm,
        to,
        date,
        subject,
        body="",
        *,
        cc=None,
        mid="auto",
        parent="prev",
        refs_mode="both",
        extra=(),
        ctype=None,
        cte=None,
        charset="utf-8",
        folder=None,
        eol=None,
        date_raw=None,
        body_bytes=None,
        flags=None,
        q=False,
        mine=None,
        style=None,
        raw_headers=(),
        nodate=False,
    ):
        self.frm, self.to, self.date, self.subject, self.body = frm, to, date, subject, body
        self.cc, self.mid, self.parent, self.refs_mode = cc, mid, parent, refs_mode
        self.extra, self.ctype, self.cte, self.charset = list(extra), ctype, cte, charset
        self.folder, self.eol, self.date_raw, self.body_bytes = folder, eol, date_raw, body_bytes
        self.flags, self.q, self.mine, self.style = flags, q, mine, style
        self.raw_headers = list(raw_headers)  # (name, bytes) written verbatim
        self.nodate = nodate


THREADS = []


def T(key, expect, why, msgs, root_index=0):
    THREADS.append(dict(key=key, expect=expect, why=why, msgs=msgs, root_index=root_index))


def is_me(frm):
    f = frm.lower()
    return ME1 in f or ME2 in f


# ==========================================================================
# THE THREADS
# ==========================================================================

# ------------------------------------------------------------------ OWED --
T(
    "recruiter-lena",
    "owed",
    "recruiter asked for a call, nudged again two days later; I never replied",
    [
        M(
            "Lena Fischer <lena.fischer@talentbridge.example>",
            SAM,
            "2026-11-17 09:42 +0100",
            "Staff Product Designer role at a Berlin fintech",
            "Hi Sam,\n\nI'm recruiting for a Staff Product Designer at a Series B fintech in Berlin "
            "(hybrid, 2 days in office, EUR 95-110k). Your work on the Kestrel donation flow is very "
            "close to what they need.\n\nWould you have 20 minutes for a call this week?\n\nBest,\n"
            "Lena Fischer\nSenior Talent Partner, Talentbridge\n+49 30 5555 0192\n",
        ),
        M(
            "Lena Fischer <lena.fischer@talentbridge.example>",
            SAM,
            "2026-11-19 10:05 +0100",
            "Re: Staff Product Designer role at a Berlin fintech",
            "Hi Sam, just bumping this up in case it got buried - would Thursday or Friday suit for "
            "a quick chat?\n\nLena\n",
            q=True,
            flags="",
        ),
    ],
)

T(
    "interview-priya",
    "owed",
    "after the interview Priya asks whether I can do the take-home by Dec 2; unanswered "
    "(her address changes case and display name across messages)",
    [
        M(
            "Priya Nair <priya.nair@halcyon.example>",
            SAM,
            "2026-11-10 14:03 -0500",
            "Interview scheduling - Senior Designer, Halcyon",
            "Hi Sam,\n\nThanks for applying to the Senior Designer role at Halcyon. The team would "
            "love to move you forward to a 45-minute portfolio review.\n\nCould you share your "
            "availability for next week?\n\nWarmly,\nPriya Nair\nRecruiting Coordinator\n",
        ),
        M(
            SAM,
            "Priya Nair <priya.nair@halcyon.example>",
            "2026-11-10 21:15 +0000",
            "Re: Interview scheduling - Senior Designer, Halcyon",
            "Hi Priya,\n\nGreat to hear. I'm free Tuesday 17th after 2pm UK time, or any time on "
            "Wednesday 18th.\n\nBest,\nSam\n",
            q=True,
        ),
        M(
            '"Nair, Priya" <Priya.Nair@Halcyon.example>',
            SAM,
            "2026-11-11 09:30 -0500",
            "RE: Interview scheduling - Senior Designer, Halcyon",
            "Hi Sam,\n\nWednesday 18th at 11am ET is confirmed. A calendar invite will follow "
            "separately.\n\nPriya\n",
            style="outlook",
        ),
        M(
            SAM,
            '"Nair, Priya" <Priya.Nair@Halcyon.example>',
            "2026-11-11 15:02 +0000",
            "Re: Interview scheduling - Senior Designer, Halcyon",
            "Perfect, see you then.\n\nSam\n",
        ),
        M(
            "PRIYA NAIR <PRIYA.NAIR@HALCYON.EXAMPLE>",
            SAM,
            "2026-11-19 16:45 -0500",
            "RE: Interview scheduling - Senior Designer, Halcyon",
            "Hi Sam,\n\nThank you for your time yesterday - the panel really enjoyed your "
            "walkthrough.\n\nThe next step is a short take-home exercise (about 4 hours). Could you "
            "let me know by Monday whether you can complete it by December 2?\n\nThanks!\nPriya\n",
            style="outlook",
            flags="",
        ),
    ],
)

_offer_ct, _offer_body = with_attachment(
    "Dear Sam,\n\nOn behalf of Northwind, I am delighted to offer you the position of Lead "
    "Designer. The offer letter is attached. Please review it and let me know if you have any "
    "questions.\n\nKind regards,\nAna Costa\nPeople Team, Northwind\n",
    "Northwind_offer_Sam_Okoro.pdf",
    FAKE_PDF,
    "application/pdf",
    "==_nw_offer_7f3a",
)
T(
    "offer-northwind",
    "owed",
    "HR answered my start-date question and asks me to sign by Nov 25; I have not replied",
    [
        M(
            "Ana Costa <ana.costa@northwind.example>",
            SAM,
            "2026-11-12 16:20 +0000",
            "Offer of employment - Lead Designer",
            _offer_body,
            ctype=_offer_ct,
        ),
        M(
            SAM,
            "Ana Costa <ana.costa@northwind.example>",
            "2026-11-13 10:05 +0000",
            "Re: Offer of employment - Lead Designer",
            "Dear Ana,\n\nThank you so much - I'm thrilled. One question before I sign: is the 5 "
            "January start date flexible? I would need until 19 January to wrap up a client "
            "project.\n\nBest regards,\nSam\n",
        ),
        M(
            "Ana Costa <ana.costa@northwind.example>",
            SAM,
            "2026-11-18 11:47 +0000",
            "Re: Offer of employment - Lead Designer",
            "Hi Sam,\n\nGood news: 19 January works for the team. I've updated the letter "
            "accordingly.\n\nCould you sign and return it by 25 November so we can start "
            "onboarding?\n\nBest,\nAna\n",
            cte="b64",
            eol="\r\n",
        ),
    ],
)

T(
    "intro-chloe",
    "owed",
    "introduction by Marcus; Chloé replied (Marcus to Bcc) asking me for a call slot",
    [
        M(
            "Marcus Bell <marcus.bell@fastmail.example>",
            SAM + ", " + enc_q("Chloé Dubois") + " <chloe@atelier-dubois.example>",
            "2026-11-13 08:12 -0800",
            "Intro: Sam <> " + "Chloé (Atelier Dubois)",
            "Hi both,\n\nChloé runs Atelier Dubois in Lyon and is looking for a freelance designer "
            "for a museum wayfinding project. Sam did the wayfinding for the Kestrel HQ and is "
            "brilliant.\n\nI'll let you two take it from here!\n\nMarcus\n",
        ),
        M(
            enc_q("Chloé Dubois") + " <chloe@atelier-dubois.example>",
            SAM,
            "2026-11-16 10:30 +0100",
            enc_b("RE: Intro: Sam <> Chloé (Atelier Dubois)"),
            "Merci Marcus (moving you to Bcc)!\n\nSam, lovely to e-meet you. Would you have 30 "
            "minutes next Tuesday or Wednesday for a video call? I can share the brief "
            "beforehand.\n\nBien à vous,\nChloé\n",
            style="outlook",
            cte="qp",
        ),
    ],
)

T(
    "favour-rafael",
    "owed",
    "I agreed to be a reference; Rafael now asks me for a draft by Friday",
    [
        M(
            "Rafael Ortiz <rafa.ortiz@proton.example>",
            SAM,
            "2026-11-02 19:20 +0100",
            "Favour: reference for a UX role?",
            "Hey Sam,\n\nHope you're well! I'm in the final round for a UX Lead role at Wayfarer. "
            "Would you be willing to be one of my references? We worked together for three years "
            "so you'd be ideal.\n\nNo worries at all if not.\n\nRafa\n",
        ),
        M(
            SAM,
            "Rafael Ortiz <rafa.ortiz@proton.example>",
            "2026-11-02 21:04 +0000",
            "Re: Favour: reference for a UX role?",
            "Of course, happy to! Send me the details - who will contact me and when?\n\nSam\n",
            q=True,
        ),
        M(
            "Rafa <rafa.ortiz@proton.example>",
            SAM,
            "2026-11-16 08:55 +0100",
            "Re: Favour: reference for a UX role?",
            "Amazing, thank you!\n\nThe hiring manager, Iris Vogel, will email you this week. She "
            "also wants a short written reference. Could you send me a draft by Friday so I can "
            "double-check the dates?\n\nRafa\n",
            q=True,
        ),
    ],
)

T(
    "client-bjorn-dropped-refs",
    "owed",
    "client replied to my quote with a question but his client dropped In-Reply-To/References "
    "(grouped by subject + counterpart)",
    [
        M(
            SAM,
            enc_q("Bjørn Olsen", "iso-8859-1") + " <bjorn@olsen-kaffe.example>",
            "2026-11-09 11:00 +0000",
            "Quote for brand refresh",
            "Hi Bjørn,\n\nAs discussed, the quote for the Olsen Kaffe brand refresh is attached: "
            "NOK 68,000 for logo, palette, packaging system and guidelines, 6 weeks.\n\nDoes this "
            "work for you?\n\nBest,\nSam\n",
        ),
        M(
            enc_q("Bjørn Olsen", "iso-8859-1") + " <bjorn@olsen-kaffe.example>",
            SAM,
            "2026-11-12 13:17 +0100",
            "RE: Quote for brand refresh",
            "Hi Sam\n\nLooks good to us. Can we start on 1 December? And do you need a deposit "
            "before you begin?\n\nMvh\nBjørn\n",
            parent=None,
            charset="iso-8859-1",
            cte="qp",
            style="outlook",
        ),
    ],
)

T(
    "ooo-then-answer-tomas",
    "owed",
    "my request got an out-of-office first, then Tomás answered for real and asks for a call",
    [
        M(
            SAM,
            "Tomás Herrera <tomas.herrera@brightpath.example>",
            "2026-11-05 10:12 +0000",
            "Feedback on the onboarding flow",
            "Hi Tomás,\n\nThe new onboarding flow is up on the staging link I sent. Could you send "
            "me your feedback by the end of next week?\n\nThanks,\nSam\n",
        ),
        M(
            "Tomás Herrera <tomas.herrera@brightpath.example>",
            SAM,
            "2026-11-05 10:12 +0000",
            "Automatic reply: Feedback on the onboarding flow",
            "I'm on parental leave until 16 November and not checking email. For urgent matters "
            "please contact ops@brightpath.example.\n",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
        ),
        M(
            '"Tomás Herrera" <tomas.herrera@brightpath.example>',
            SAM,
            "2026-11-17 15:40 -0300",
            "Re: Feedback on the onboarding flow",
            "Hi Sam, back now - sorry for the delay!\n\nOverall it's great. Two issues: the "
            "progress bar resets on step 3, and the copy on the pricing step is too long.\n\nCould "
            "we do a quick call on Thursday to go through them?\n\nAbraço,\nTomás\n",
            parent=0,
            q=True,
        ),
    ],
)

T(
    "cc-then-to-leo",
    "owed",
    "I was only in Cc at first, but Leo's last message is addressed To me and asks me to confirm",
    [
        M(
            "Leo Martins <leo.martins@kestrel-ngo.example>",
            "Hannah Weber <hannah@printworks.example>",
            "2026-11-11 09:00 +0000",
            "Print run for the annual report",
            "Hi Hannah,\n\nCould you quote for 500 copies of the annual report, 48pp, A4, matte? "
            "Sam (cc) is doing the design.\n\nThanks,\nLeo\n",
            cc=SAM,
        ),
        M(
            "Hannah Weber <hannah@printworks.example>",
            "Leo Martins <leo.martins@kestrel-ngo.example>",
            "2026-11-12 14:22 +0100",
            "Re: Print run for the annual report",
            "Hi Leo,\n\n500 copies: GBP 2,140 incl. delivery. We would need print-ready PDFs by 24 "
            "November for delivery on 4 December.\n\nHannah\n",
            cc=SAM,
            q=True,
        ),
        M(
            "Leo Martins <leo.martins@kestrel-ngo.example>",
            SAM,
            "2026-11-18 17:05 +0000",
            "Re: Print run for the annual report",
            "Sam, Hannah needs print-ready files by the 24th. Can you confirm you'll hit that?\n\n"
            "Leo\n",
            cc="Hannah Weber <hannah@printworks.example>",
            q=True,
            flags="",
        ),
    ],
)

T(
    "thanks-but-asks-grace",
    "owed",
    "reply starts with 'Thanks!' but asks for a darker green by Monday",
    [
        M(
            SAM,
            "Grace Liu <grace.liu@fernleaf.example>",
            "2026-11-14 12:30 +0000",
            "Homepage mockups v2",
            "Hi Grace,\n\nHere are the v2 mockups with the new hero and the simplified nav. Let me "
            "know what you think.\n\nSam\n",
        ),
        M(
            "Grace Liu <grace.liu@fernleaf.example>",
            SAM,
            "2026-11-18 09:03 -0800",
            "Re: Homepage mockups v2",
            "Thanks! These look great.\n\nOne thing: could you try a darker green for the header "
            "and send it over by Monday?\n\nG.\n",
            q=True,
        ),
    ],
)

_omar_html = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    '</head><body><div style="font-family:Calibri"><p>Hi Sam,</p>'
    "<p>We need an accessibility audit of our website before our January relaunch. "
    "Could you send me a rough estimate and your availability in December?</p>"
    "<p>Kind regards,<br>Omar Haddad<br><i>Haddad &amp; Partners \u2013 Legal</i></p>"
    "</div></body></html>\n"
)
T(
    "html-only-omar",
    "owed",
    "HTML-only message from a prospective client asking for an estimate",
    [
        M(
            "Omar Haddad <omar@haddad-legal.example>",
            SAM,
            "2026-11-19 08:14 +0200",
            "Website accessibility audit",
            "",
            ctype='text/html; charset="windows-1252"',
            body_bytes=quopri.encodestring(_omar_html.encode("cp1252")),
            extra=[("Content-Transfer-Encoding", "quoted-printable")],
            style="outlook",
            flags="",
        ),
    ],
)

T(
    "no-message-id-nadia",
    "owed",
    "first message has no Message-ID (root is her follow-up, the first with one); she nudges "
    "me and I never answered",
    [
        M(
            "Nadia Petrova <nadia.petrova@petrova-bakery.example>",
            SAM,
            "2026-11-15 18:31 +0000",
            "Website quote",
            "Hello,\n\nI found your studio through the Kestrel site. I run a small bakery in "
            "Leeds and need a simple website with an online order form. Could you give me a "
            "quote?\n\nThank you,\nNadia Petrova\n",
            mid=None,
        ),
        M(
            "Nadia Petrova <nadia.petrova@petrova-bakery.example>",
            SAM,
            "2026-11-18 07:50 +0000",
            "Re: Website quote",
            "Hi again, just checking you got my message below? Happy to hop on a call if that's "
            "easier.\n\nNadia\n",
            parent=None,
        ),
    ],
    root_index=1,
)

T(
    "bad-date-kwame",
    "owed",
    "architect asks whether I'll do the competition graphics; single message with a "
    "malformed Date header",
    [
        M(
            "Kwame Mensah <kwame@mensah-arch.example>",
            SAM,
            "2026-11-18 14:22 +0100",
            "Collaboration on competition entry?",
            "Hi Sam,\n\nWe're entering the Riverside Library competition and would love you to do "
            "the graphics and boards. The deadline is 10 December.\n\nWould you be interested? "
            "Let me know by the end of the week.\n\nKwame\n",
            date_raw="18/11/2026 14:22:07 CET",
        ),
    ],
)

T(
    "japanese-recruiter-sato",
    "owed",
    "Japanese recruiter (ISO-2022-JP subject, encoded name, base64 body) asks my availability",
    [
        M(
            enc_b("佐藤 美咲") + " <m.sato@kumo-design.example>",
            SAM,
            "2026-11-16 09:00 +0900",
            enc_b("面接日程のご相談 / Interview scheduling", "iso-2022-jp"),
            "Sam様\n\nいつもお世話になっております。株式会社クモデザインの佐藤です。\n\n"
            "Thank you for your application for the Art Director position. We would like to "
            "invite you to a video interview.\n\nCould you let us know your availability for next "
            "week (JST)?\n\nよろしくお願いいたします。\n佐藤 美咲\n",
            cte="b64",
        ),
    ],
)

T(
    "decline-pushback-derek",
    "owed",
    "I said I'd pass, but the recruiter came back with a better rate and asks if that changes "
    "my mind",
    [
        M(
            "Derek Shaw <derek@apexsearch.example>",
            SAM,
            "2026-11-03 10:00 +0000",
            "Contract role - Design Systems Lead (6 months)",
            "Hi Sam,\n\n6-month contract, Design Systems Lead, London/remote, GBP 650/day outside "
            "IR35. Interested?\n\nDerek\n",
        ),
        M(
            SAM,
            "Derek Shaw <derek@apexsearch.example>",
            "2026-11-04 08:40 +0000",
            "Re: Contract role - Design Systems Lead (6 months)",
            "Thanks Derek, but I'll pass on this one - the rate doesn't work for me.\n\nSam\n",
            q=True,
        ),
        M(
            "Derek Shaw <derek@apexsearch.example>",
            SAM,
            "2026-11-16 16:12 +0000",
            "Re: Contract role - Design Systems Lead (6 months)",
            "Understood. The client came back though: they can do GBP 800/day, fully remote. "
            "Would that change your mind? I need to let them know by Friday.\n\nDerek\n",
            q=True,
        ),
    ],
)

T(
    "forward-from-colleague-ines",
    "owed",
    "colleague (same domain as me, but not me) forwards a speaking invitation and asks if I'm "
    "up for it",
    [
        M(
            "Ines Duarte <ines.duarte@okoro-studio.example>",
            SAM,
            "2026-11-18 11:25 +0000",
            "Fwd: Speaking slot at DesignConf Lisbon",
            "Sam - would you be up for this? They need an answer by Friday.\n\nI.\n\n"
            "---------- Forwarded message ---------\nFrom: DesignConf Programme "
            "<programme@designconf.example>\nDate: Tue, 17 Nov 2026 at 16:02\nSubject: Speaking "
            "slot at DesignConf Lisbon\nTo: <ines.duarte@okoro-studio.example>\n\nHi Ines,\n\nWe "
            "have a 25-minute slot on 12 March. Would someone from Okoro Studio like to "
            "speak?\n\nThe Programme Team\n",
        ),
    ],
)

_weiss_body = (
    "Sehr geehrter Herr Okoro,\n\nwir planen im Januar einen zweitägigen "
    "Workshop zum Thema Buchgestaltung. Könnten Sie uns bis Ende November ein "
    "Angebot schicken?\n\n(Short version: could you send us a quote for a "
    "two-day workshop in January?)\n\nMit freundlichen Grüßen\nJürgen Weiß\n"
    "Weiß Verlag, Köln\n"
)
T(
    "broken-encoding-weiss",
    "owed",
    "German publisher asks for a quote; the name and body are latin-1 bytes mislabelled as UTF-8",
    [
        M(
            "=?utf-8?Q?J=FCrgen_Wei=DF?= <j.weiss@weiss-verlag.example>",
            SAM,
            "2026-11-17 15:03 +0100",
            "=?utf-8?Q?Anfrage:_Workshop_im_J=E4nner?=",
            "",
            ctype="text/plain; charset=utf-8",
            body_bytes=_weiss_body.encode("latin-1"),
            extra=[("Content-Transfer-Encoding", "8bit")],
        ),
    ],
)

T(
    "monthly-report-nov-ruth",
    "owed",
    "new monthly report asking me to approve hours; same subject as September's thread but "
    "more than 30 days later, so a separate thread",
    [
        M(
            "Ruth Adeyemi <ruth@kestrel-ngo.example>",
            SAM,
            "2026-11-10 10:30 +0000",
            "Monthly report",
            "Hi Sam,\n\nAttached is the October report. Could you approve the 14 design hours by "
            "Friday so finance can close the month?\n\nThanks,\nRuth\n",
        ),
    ],
)

T(
    "coffee-hana-dropped-refs",
    "owed",
    "Hana answered my coffee invite (headers dropped) proposing Wednesday 3pm; same subject as "
    "Ben's thread but a different person",
    [
        M(
            SAM2,
            "Hana Ito <hana.ito@gmail.example>",
            "2026-11-12 19:02 +0000",
            "Coffee next week?",
            "Hi Hana,\n\nAre you around next week for a coffee? Would love to hear about the new "
            "job.\n\nSam\n",
        ),
        M(
            "Hana Ito <hana.ito@gmail.example>",
            "Sam Okoro <%s>" % ME2,
            "2026-11-18 22:10 +0000",
            "Re: Coffee next week?",
            "Yes! Sorry for the slow reply. Wednesday 3pm at the usual place?\n\nH\n",
            parent=None,
        ),
    ],
)

# -------------------------------------------------------------- AWAITING --
_lumen_ct, _lumen_body = alt(
    "Hello Lumen team,\n\nI'm Sam Okoro, an independent designer in Manchester. I loved your "
    "recent work for the Tate Lates and wondered if you ever bring in freelance illustrators "
    "for larger campaigns.\n\nWould you be open to a short call in the next couple of "
    "weeks?\n\nBest,\nSam\nokoro-studio.example\n",
    "<p>Hello Lumen team,</p><p>I'm Sam Okoro, an independent designer in Manchester. I loved "
    "your recent work for the Tate Lates and wondered if you ever bring in freelance "
    "illustrators for larger campaigns.</p><p>Would you be open to a short call in the next "
    "couple of weeks?</p><p>Best,<br>Sam</p>\n",
    "b_lumen_0001",
)
T(
    "cold-lumen",
    "awaiting",
    "cold outreach to a studio, only in Sent, no answer",
    [
        M(
            SAM,
            "Lumen Studio <hello@lumenstudio.example>",
            "2026-11-16 09:45 +0000",
            "Freelance illustration availability - Sam Okoro",
            _lumen_body,
            ctype=_lumen_ct,
        ),
    ],
)

T(
    "ooo-mei",
    "awaiting",
    "my follow-up only got an out-of-office (Auto-Submitted), which is not an answer",
    [
        M(
            SAM,
            "Mei Lin <mei.lin@orbital.example>",
            "2026-11-12 08:30 +0000",
            "Following up: Product Designer application",
            "Hi Mei,\n\nI interviewed for the Product Designer role on 28 October and wanted to "
            "follow up. Is there any update on the timeline?\n\nBest,\nSam\n",
        ),
        M(
            "Mei Lin <mei.lin@orbital.example>",
            SAM,
            "2026-11-12 08:31 +0000",
            "Out of Office: Following up: Product Designer application",
            "Thanks for your email. I'm at a conference until 23 November with limited access to "
            "email. For urgent matters please contact talent@orbital.example.\n\nMei\n",
            extra=[
                ("Auto-Submitted", "auto-replied"),
                ("X-Autoreply", "yes"),
                ("Precedence", "auto_reply"),
            ],
        ),
    ],
)

T(
    "ooo-exchange-patrick",
    "awaiting",
    "I sent the proposal and asked about budget; the only reply is an Exchange 'Automatic "
    "reply' without an Auto-Submitted header",
    [
        M(
            "Patrick O'Neill <patrick.oneill@gracewell.example>",
            SAM,
            "2026-10-28 14:00 +0000",
            "Brochure redesign - next steps",
            "Hi Sam,\n\nThanks for the chat. Could you send over a proposal for the brochure "
            "redesign?\n\nPatrick\n",
            style="outlook",
        ),
        M(
            SAM,
            "Patrick O'Neill <patrick.oneill@gracewell.example>",
            "2026-11-13 10:00 +0000",
            "Re: Brochure redesign - next steps",
            "Hi Patrick,\n\nProposal attached. Could you confirm the budget range by the end of "
            "the month so I can book the time?\n\nSam\n",
            q=True,
        ),
        M(
            '"O\'Neill, Patrick" <patrick.oneill@gracewell.example>',
            SAM,
            "2026-11-13 10:00 +0000",
            "Automatic reply: Re: Brochure redesign - next steps",
            "I am currently out of the office with limited access to email and will return on "
            "Monday 23 November. I will respond to your message on my return.\n\nPatrick O'Neill\n",
            style="outlook",
            extra=[
                ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Inbox-Rules-Loop", "patrick.oneill@gracewell.example"),
            ],
        ),
    ],
)

T(
    "second-address-zoe",
    "awaiting",
    "recruiter wrote to my main address; I replied from my second address asking the salary band",
    [
        M(
            "Zoe Carter <zoe@heightsrecruit.example>",
            SAM,
            "2026-11-10 13:00 +0000",
            "Head of Design - climate tech startup",
            "Hi Sam,\n\nI'm working on a Head of Design search for a climate tech startup (Series "
            "A, 40 people). Would you be interested in hearing more?\n\nZoe\n",
        ),
        M(
            SAM2,
            "Zoe Carter <zoe@heightsrecruit.example>",
            "2026-11-11 07:55 +0000",
            "Re: Head of Design - climate tech startup",
            "Hi Zoe,\n\nPotentially, yes. What's the salary band, and is it remote-friendly?\n\n"
            "Sam\n",
            q=True,
        ),
    ],
)

T(
    "mixed-case-me-felix",
    "awaiting",
    "I chased an overdue invoice twice (my address in odd case), no answer",
    [
        M(
            '"SAM OKORO" <Sam.Okoro@Okoro-Studio.EXAMPLE>',
            "Felix Wagner <felix.wagner@wagner-bau.example>",
            "2026-11-06 09:00 +0000",
            "Invoice 2026-041 - overdue",
            "Hi Felix,\n\nInvoice 2026-041 (GBP 3,200) was due on 30 October. Could you let me know "
            "when payment is scheduled?\n\nThanks,\nSam\n",
        ),
        M(
            '"SAM OKORO" <Sam.Okoro@Okoro-Studio.EXAMPLE>',
            "felix.wagner@wagner-bau.example",
            "2026-11-16 09:00 +0000",
            "Re: Invoice 2026-041 - overdue",
            "Hi Felix, gentle reminder - could you confirm a payment date?\n\nSam\n",
            q=True,
        ),
    ],
)

T(
    "duplicate-sofia",
    "awaiting",
    "I sent the first draft and asked which direction she prefers; my message is in both INBOX "
    "(Bcc to self) and Sent and counts once",
    [
        M(
            "Sofia Rossi <sofia.rossi@vialattea.example>",
            SAM,
            "2026-11-04 15:10 +0100",
            "Packaging brief - Via Lattea",
            "Ciao Sam,\n\nHere's the brief for the new gelato packaging. Could we see a first "
            "draft by the 15th?\n\nSofia\n",
        ),
        M(
            SAM,
            "Sofia Rossi <sofia.rossi@vialattea.example>",
            "2026-11-14 17:48 +0000",
            "Re: Packaging brief - Via Lattea",
            "Ciao Sofia,\n\nFirst draft attached, with two directions: 'Marble' and 'Postcard'. "
            "Which one do you prefer?\n\nSam\n",
            folder="both",
            q=True,
        ),
    ],
)

T(
    "coffee-ben-pass-tuesday",
    "awaiting",
    "'I'll have to pass on Tuesday' is not a decline: I proposed Thursday and wait for Ben",
    [
        M(
            "Ben Thompson <ben.t@harbourcoffee.example>",
            SAM,
            "2026-11-16 12:00 +0000",
            "Coffee next week?",
            "Hey Sam, fancy a coffee next week to talk about the menu boards? Free Tuesday at "
            "10?\n\nBen\n",
        ),
        M(
            SAM,
            "Ben Thompson <ben.t@harbourcoffee.example>",
            "2026-11-17 08:20 +0000",
            "Re: Coffee next week?",
            "Hi Ben,\n\nI'll have to pass on Tuesday, sorry - could Thursday morning work "
            "instead?\n\nSam\n",
            q=True,
        ),
    ],
)

T(
    "timezones-karin",
    "awaiting",
    "my reply (09:10 -0800 = 17:10Z) is after her message (18:00 +0100 = 17:00Z); I asked "
    "about the cover image",
    [
        M(
            SAM,
            "Karin Lindqvist <karin@nordljus.example>",
            "2026-11-16 09:00 +0000",
            "Lighting catalogue layout",
            "Hi Karin,\n\nFirst draft of the catalogue layout attached.\n\nSam\n",
        ),
        M(
            "Karin Lindqvist <karin@nordljus.example>",
            SAM,
            "2026-11-18 18:00 +0100",
            "Re: Lighting catalogue layout",
            "Hej Sam,\n\nLooks good. Could you make the product grid three columns?\n\nKarin\n",
            q=True,
        ),
        M(
            SAM,
            "Karin Lindqvist <karin@nordljus.example>",
            "2026-11-18 09:10 -0800",
            "Re: Lighting catalogue layout",
            "Done - updated version attached. Is the cover image final, or should I expect "
            "another one?\n\nSam (in San Francisco this week)\n",
            q=True,
        ),
    ],
)

T(
    "promise-kept-yusuf",
    "awaiting",
    "I promised a first pass, delivered it and asked if the structure works",
    [
        M(
            "Yusuf Demir <yusuf.demir@tidewater.example>",
            SAM,
            "2026-11-09 11:11 +0300",
            "Pitch deck for investors",
            "Hi Sam, could you polish our investor deck? 18 slides, we pitch on the 30th.\n\n"
            "Yusuf\n",
        ),
        M(
            SAM,
            "Yusuf Demir <yusuf.demir@tidewater.example>",
            "2026-11-10 10:00 +0000",
            "Re: Pitch deck for investors",
            "Sure - I'll send you a first pass by Friday.\n\nSam\n",
            q=True,
        ),
        M(
            SAM,
            "Yusuf Demir <yusuf.demir@tidewater.example>",
            "2026-11-13 16:30 +0000",
            "Re: Pitch deck for investors",
            "Hi Yusuf,\n\nAs promised, the first pass is attached. I restructured the middle "
            "section around traction. Does the new structure work for you?\n\nSam\n",
        ),
    ],
)

T(
    "my-forward-ola",
    "awaiting",
    "I forwarded a brief to a freelancer and asked if she wants it; only in Sent",
    [
        M(
            SAM,
            "Ola Nowak <ola@nowak-design.example>",
            "2026-11-17 14:05 +0000",
            "Fwd: Illustration brief - children's book",
            "Ola, would you be interested in this? The client's budget is EUR 4k. Let me know by "
            "Wednesday.\n\nSam\n\n---------- Forwarded message ---------\nFrom: Little Fern Books "
            "<editor@littlefern.example>\nDate: Mon, 16 Nov 2026 at 10:00\nSubject: Illustration "
            "brief - children's book\n\n32-page picture book, 14 spreads, delivery March.\n",
            eol="\r\n",
        ),
    ],
)

T(
    "reference-request-gwen",
    "awaiting",
    "I asked my former manager (from my second address) to be a reference; no reply",
    [
        M(
            SAM2,
            "Gwen Harris <gwen.harris@oldcorp.example>",
            "2026-11-15 20:15 +0000",
            "Would you be a reference?",
            "Hi Gwen,\n\nI hope all's well at Oldcorp! I'm interviewing for a Lead Designer role "
            "at Northwind. Would you be willing to act as a reference? They'd only call once.\n\n"
            "Thanks so much,\nSam\n",
        ),
    ],
)

T(
    "my-dropped-refs-elif",
    "awaiting",
    "I answered from my phone (no In-Reply-To/References) asking which format she needs",
    [
        M(
            "Elif Kaya <elif@kaya-events.example>",
            SAM,
            "2026-11-13 09:30 +0300",
            "Logo files",
            "Hi Sam, could you send us the logo files for the event banner?\n\nElif\n",
        ),
        M(
            SAM,
            "Elif Kaya <elif@kaya-events.example>",
            "2026-11-14 07:02 +0000",
            "Re: Logo files",
            "Sure - do you need SVG or PNG, and what size is the banner?\n\nSent from my phone\n",
            parent=None,
        ),
    ],
)

T(
    "thankyou-with-question-jonah",
    "awaiting",
    "my post-interview note starts with thanks but asks about next steps",
    [
        M(
            "Jonah Reyes <jonah.reyes@quillapp.example>",
            SAM,
            "2026-11-05 17:00 -0500",
            "Quill - interview confirmation",
            "Hi Sam,\n\nConfirming your interview on Monday 9 November at 3pm GMT with Dana and "
            "me.\n\nJonah\n",
        ),
        M(
            SAM,
            "Jonah Reyes <jonah.reyes@quillapp.example>",
            "2026-11-06 08:00 +0000",
            "Re: Quill - interview confirmation",
            "Thanks Jonah, confirmed.\n\nSam\n",
        ),
        M(
            SAM,
            "Jonah Reyes <jonah.reyes@quillapp.example>",
            "2026-11-10 09:15 +0000",
            "Re: Quill - interview confirmation",
            "Hi Jonah,\n\nThank you for yesterday's conversation - I really enjoyed meeting Dana. "
            "Could you share the expected timeline for the next steps?\n\nBest,\nSam\n",
        ),
    ],
)

T(
    "spanish-lucia",
    "awaiting",
    "Spanish thread (encoded subjects): she asked my day rate, I answered and proposed a call",
    [
        M(
            SAM,
            enc_q("Lucía Fernández") + " <lucia@agenciaolivo.example>",
            "2026-11-02 10:00 +0000",
            enc_q("Propuesta de colaboración"),
            "Hola Lucía,\n\nSoy Sam Okoro, diseñador en Manchester. Me encantaría colaborar con "
            "Agencia Olivo en proyectos de identidad.\n\nUn saludo,\nSam\n",
        ),
        M(
            enc_q("Lucía Fernández", "iso-8859-1") + " <lucia@agenciaolivo.example>",
            SAM,
            "2026-11-05 13:45 +0100",
            enc_q("Re: Propuesta de colaboración", "iso-8859-1"),
            "¡Hola Sam!\n\nNos interesa mucho. ¿Cuál sería tu tarifa por día?\n\nLucía\n",
            charset="iso-8859-1",
            cte="qp",
        ),
        M(
            SAM,
            enc_q("Lucía Fernández") + " <lucia@agenciaolivo.example>",
            "2026-11-06 09:20 +0000",
            "Re: Propuesta de colaboración",
            "Hola Lucía,\n\nMi tarifa es de 550 EUR por día. ¿Os parece bien una llamada la "
            "semana que viene para hablar del primer proyecto?\n\nSam\n",
            q=True,
        ),
    ],
)

T(
    "followup-after-thanks-nora",
    "awaiting",
    "Nora's earlier 'Thanks!' did not close it: I followed up asking for edits",
    [
        M(
            SAM,
            "Nora Quinn <nora@quinn-partners.example>",
            "2026-10-20 11:00 +0000",
            "Case study draft",
            "Hi Nora,\n\nHere's the draft case study about the Quinn rebrand. Could you review it "
            "when you have a moment?\n\nSam\n",
        ),
        M(
            "Nora Quinn <nora@quinn-partners.example>",
            SAM,
            "2026-10-22 08:10 +0000",
            "Re: Case study draft",
            "Thanks!\n\nSent from my iPhone\n",
        ),
        M(
            SAM,
            "Nora Quinn <nora@quinn-partners.example>",
            "2026-11-12 10:00 +0000",
            "Re: Case study draft",
            "Hi Nora,\n\nFollowing up on this - do you have any edits, or can I publish it next "
            "week?\n\nSam\n",
        ),
    ],
)

T(
    "german-aw-katrin",
    "awaiting",
    "German client answered with 'AW:' and dropped headers; I answered her question and asked "
    "for the logo files",
    [
        M(
            SAM,
            "Katrin Vogel <k.vogel@vogel-moebel.example>",
            "2026-11-03 09:00 +0000",
            "Angebot Corporate Design",
            "Hallo Katrin,\n\nanbei das Angebot für das Corporate Design (EUR 9.500). Gibt es "
            "Fragen?\n\nViele Grüße\nSam\n",
        ),
        M(
            '"Vogel, Katrin" <k.vogel@vogel-moebel.example>',
            SAM,
            "2026-11-05 14:30 +0100",
            "AW: Angebot Corporate Design",
            "Hallo Sam,\n\ndanke! Ist die Geschäftsausstattung (Visitenkarten, Briefpapier) "
            "enthalten?\n\nGruß\nKatrin\n",
            parent=None,
            style="outlook",
            cte="qp",
        ),
        M(
            SAM,
            '"Vogel, Katrin" <k.vogel@vogel-moebel.example>',
            "2026-11-06 10:10 +0000",
            "Re: AW: Angebot Corporate Design",
            "Hallo Katrin,\n\nja, Visitenkarten und Briefpapier sind enthalten. Könntest du mir "
            "die alten Logodateien schicken?\n\nSam\n",
            q=True,
        ),
    ],
)

T(
    "no-date-harper",
    "awaiting",
    "my reply has no Date header (it is In-Reply-To her message, so it is later); I asked "
    "which projects she wants",
    [
        M(
            "Harper Shaw <harper@bluecanvas.example>",
            SAM,
            "2026-11-10 12:00 +0000",
            "Portfolio for the board",
            "Hi Sam, could you send your portfolio? The board meets on the 25th.\n\nHarper\n",
        ),
        M(
            SAM,
            "Harper Shaw <harper@bluecanvas.example>",
            "2026-11-11 12:00 +0000",
            "Re: Portfolio for the board",
            "Hi Harper,\n\nHappy to. Should I include all projects, or only the non-profit "
            "work?\n\nSam\n",
            nodate=True,
            q=True,
        ),
    ],
)

# ------------------------------------------------------------------ NONE --
_sidebar_ct, _sidebar_body = alt(
    "Sidebar Weekly #412\n\n1. The state of variable fonts\n2. Why your design system is "
    "too big\n3. Jobs: 14 new roles\n\nUnsubscribe: https://sidebar.example/u/4f2a\n",
    "<h1>Sidebar Weekly #412</h1><ol><li>The state of variable fonts</li><li>Why your design "
    'system is too big</li></ol><a href="https://sidebar.example/u/4f2a">Unsubscribe</a>\n',
    "sb412",
)
T(
    "newsletter-sidebar",
    "none",
    "newsletter (List-Id, List-Unsubscribe)",
    [
        M(
            "Sidebar <hello@sidebar.example>",
            ME1,
            "2026-11-17 07:00 +0000",
            "Sidebar Weekly #412: variable fonts, smaller design systems",
            _sidebar_body,
            ctype=_sidebar_ct,
            date_raw="Tuesday, November 17th 2026, 7:00 AM GMT",
            extra=[
                ("List-Id", "Sidebar Weekly <weekly.sidebar.example>"),
                (
                    "List-Unsubscribe",
                    "<https://sidebar.example/u/4f2a>, <mailto:unsub-4f2a@sidebar.example>",
                ),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("Precedence", "list"),
            ],
        )
    ],
)

T(
    "newsletter-personal-maya",
    "none",
    "personal-sounding newsletter that asks a question, but it is bulk (List-Unsubscribe)",
    [
        M(
            "Maya from Figmatic <maya@news.figmatic.example>",
            "sam.okoro@okoro-studio.example",
            "2026-11-18 15:00 +0000",
            "Hey Sam, quick question for you",
            "Hey Sam,\n\nI'm Maya, co-founder of Figmatic. What's your biggest design challenge "
            "right now? Just hit reply - I read every email.\n\nMaya\n\n--\nYou're receiving this "
            "because you signed up at figmatic.example. Unsubscribe: https://news.figmatic.example/u\n",
            extra=[
                ("List-Unsubscribe", "<https://news.figmatic.example/u?id=88213>"),
                ("X-Mailer", "Customer.io"),
            ],
        )
    ],
)

T(
    "linkedin-message",
    "none",
    "LinkedIn message notification (no-reply sender), not a conversation in mail",
    [
        M(
            "Daniel Kim via LinkedIn <messages-noreply@linkedin.com>",
            "Sam Okoro <%s>" % ME1,
            "2026-11-19 13:22 +0000",
            "Daniel just messaged you",
            'Daniel Kim\nTalent Acquisition at Brightwave\n\n"Hi Sam, are you open to new '
            'roles? I have a Principal Designer position that..."\n\nView message: '
            "https://www.linkedin.com/messaging/\n\nThis email was intended for Sam Okoro.\n",
            extra=[
                ("X-LinkedIn-Class", "INMAIL-NOTIFICATION"),
                ("X-LinkedIn-Template", "messaging_digest"),
                ("Reply-To", "messages-noreply@linkedin.com"),
            ],
        )
    ],
)

T(
    "indeed-alert",
    "none",
    "job-board alert (List-Unsubscribe)",
    [
        M(
            "Indeed <alert@indeed.com>",
            ME1,
            "2026-11-19 06:00 +0000",
            "12 new UX Designer jobs in Manchester",
            "Sam, here are today's jobs matching 'UX Designer' in Manchester:\n\n- Senior UX "
            "Designer, Northwind\n- UX Lead, Quill\n...\n\nManage alerts: https://www.indeed.com/alerts\n",
            extra=[("List-Unsubscribe", "<https://www.indeed.com/unsubscribe?id=ab12>")],
        )
    ],
)

T(
    "indeed-apply-confirmation",
    "none",
    "job-board confirmation of my application (no list headers, not a noreply local part)",
    [
        M(
            "Indeed Apply <indeedapply@indeed.com>",
            "sam.okoro@okoro-studio.example",
            "2026-11-11 18:40 +0000",
            "Application submitted: Senior UX Designer at Northwind",
            "Your application has been submitted.\n\nSenior UX Designer - Northwind - Manchester\n\n"
            "What happens next? The employer will review your application. Good luck!\n",
        )
    ],
)

_bounce_body = (
    "This is a MIME-encapsulated message.\n\n--B0unce.42/mx.mailbox.example\n"
    "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
    "This is the mail system at host mx.mailbox.example.\n\nI'm sorry to have to inform you "
    "that your message could not be delivered to one or more recipients.\n\n"
    "<j.park@old-agency.example>: host mx.old-agency.example said: 550 5.1.1 User unknown\n\n"
    "--B0unce.42/mx.mailbox.example\nContent-Description: Delivery report\n"
    "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.mailbox.example\n\n"
    "Final-Recipient: rfc822; j.park@old-agency.example\nAction: failed\nStatus: 5.1.1\n\n"
    "--B0unce.42/mx.mailbox.example\nContent-Description: Undelivered Message Headers\n"
    "Content-Type: text/rfc822-headers\n\nFrom: Sam Okoro <samokoro@mailbox.example>\n"
    "To: j.park@old-agency.example\nSubject: Catching up?\n\n"
    "--B0unce.42/mx.mailbox.example--\n"
)
T(
    "bounce-postfix",
    "none",
    "bounce from MAILER-DAEMON (original not in the mailbox)",
    [
        M(
            "MAILER-DAEMON@mx.mailbox.example (Mail Delivery System)",
            ME2,
            "2026-11-08 22:01 +0000",
            "Undelivered Mail Returned to Sender",
            _bounce_body,
            ctype='multipart/report; report-type=delivery-status; boundary="B0unce.42/mx.mailbox.example"',
            extra=[("Auto-Submitted", "auto-replied")],
        )
    ],
)

_ndr_body = (
    '--ndr_9\nContent-Type: text/plain; charset="us-ascii"\n\nDelivery has failed to these '
    "recipients or groups:\n\nm.brennan@harbour-arts.example\nThe email address you entered "
    "couldn't be found.\n\n--ndr_9\nContent-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns;AM6PR04MB1234.eurprd04.prod.outlook.example\n\n"
    "Final-Recipient: rfc822;m.brennan@harbour-arts.example\nAction: failed\nStatus: 5.1.10\n\n"
    "--ndr_9--\n"
)
T(
    "bounce-exchange",
    "none",
    "Exchange non-delivery report from postmaster (no Auto-Submitted header)",
    [
        M(
            "Microsoft Outlook <postmaster@harbour-arts.example>",
            ME1,
            "2026-11-14 11:02 +0000",
            "Undeliverable: Poster proofs",
            _ndr_body,
            ctype='multipart/report; report-type=delivery-status; boundary="ndr_9"',
            style="outlook",
        )
    ],
)

_ics = (
    "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
    "METHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:20261118T160000Z\nDTEND:20261118T164500Z\n"
    "ORGANIZER;CN=Priya Nair:mailto:priya.nair@halcyon.example\n"
    "ATTENDEE;CN=sam.okoro@okoro-studio.example;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:"
    "sam.okoro@okoro-studio.example\nSUMMARY:Portfolio review - Sam Okoro\n"
    "UID:7kq2m1c0vbd@google.com\nEND:VEVENT\nEND:VCALENDAR\n"
)
_cal_body = (
    '--cal_000\nContent-Type: text/plain; charset="UTF-8"\n\nYou have been invited to the '
    "following event.\n\nPortfolio review - Sam Okoro\nWed Nov 18, 2026 11am - 11:45am "
    "(EST)\n\nGoing? Yes - Maybe - No\n\nInvitation from Google Calendar\n\n"
    '--cal_000\nContent-Type: text/calendar; charset="UTF-8"; method=REQUEST\n'
    "Content-Transfer-Encoding: 7bit\n\n" + _ics + "\n--cal_000--\n"
)
T(
    "calendar-invite",
    "none",
    "calendar invitation sent by Google Calendar (answered through the calendar, not by mail)",
    [
        M(
            "Google Calendar <calendar-notification@google.com>",
            ME1,
            "2026-11-11 14:31 -0000",
            "Invitation: Portfolio review - Sam Okoro @ Wed Nov 18, 2026 11am - 11:45am (EST)",
            _cal_body,
            ctype='multipart/mixed; boundary="cal_000"',
            extra=[
                ("Reply-To", "Priya Nair <priya.nair@halcyon.example>"),
                ("Sender", "Google Calendar <calendar-notification@google.com>"),
            ],
        )
    ],
)

T(
    "cc-only-vat",
    "none",
    "I am only in Cc; the last question is Mark's to Ines",
    [
        M(
            "Ines Duarte <ines.duarte@okoro-studio.example>",
            "Mark Reed <mark@reed-accounts.example>",
            "2026-11-16 09:00 +0000",
            "Q3 VAT return",
            "Hi Mark,\n\nCould you file the Q3 VAT return by Friday? Sam is in Cc.\n\nInes\n",
            cc=SAM,
        ),
        M(
            "Mark Reed <mark@reed-accounts.example>",
            "Ines Duarte <ines.duarte@okoro-studio.example>",
            "2026-11-17 10:30 +0000",
            "Re: Q3 VAT return",
            "Hi Ines,\n\nWill do. Do you have the receipts from September? I'm missing three.\n\n"
            "Mark\n",
            cc="sam.okoro@okoro-studio.example",
            q=True,
        ),
    ],
)

_theo_first = (
    "Hi Theo,\n\nThe final logo files are attached (SVG, PNG, PDF). Could you "
    "confirm they open fine on your side?\n\nSam\n"
)
T(
    "courtesy-theo",
    "none",
    "last word is Theo's short thank-you (with quoted text below) that asks nothing",
    [
        M(
            SAM,
            "Theo Grant <theo@grantbrewing.example>",
            "2026-11-16 15:00 +0000",
            "Final logo files",
            _theo_first,
        ),
        M(
            "Theo Grant <theo@grantbrewing.example>",
            SAM,
            "2026-11-17 09:12 +0000",
            "Re: Final logo files",
            "Thanks so much, Sam - all received and opening fine!\n\nTheo"
            + quote(_theo_first, "Sam Okoro <%s>" % ME1, "2026-11-16 15:00 +0000"),
            eol="\r\n",
        ),
    ],
)

T(
    "clear-decline-aisha",
    "none",
    "I declined clearly ('I'll pass'); my decline is in INBOX (Bcc to self) and Sent",
    [
        M(
            "Aisha Khan <aisha.khan@meridian-talent.example>",
            SAM,
            "2026-11-10 10:00 +0000",
            "Opportunity: Senior Designer at a fintech",
            "Hi Sam,\n\nI have a Senior Designer role at a fast-growing fintech in Leeds. Open to "
            "a chat?\n\nAisha\n",
        ),
        M(
            SAM,
            "Aisha Khan <aisha.khan@meridian-talent.example>",
            "2026-11-11 12:40 +0000",
            "Re: Opportunity: Senior Designer at a fintech",
            "Thanks for thinking of me, Aisha, but I'll pass - I'm not looking to move right now. "
            "Best of luck with the search.\n\nSam\n",
            folder="both",
            q=True,
        ),
    ],
)

T(
    "decline-then-courtesy-martin",
    "none",
    "I declined the talk; Martin's last word is a courtesy acknowledgement",
    [
        M(
            "Martin Novak <martin@uxmeetup-mcr.example>",
            SAM,
            "2026-10-30 18:00 +0000",
            "Speaking at our meetup?",
            "Hi Sam,\n\nWould you give a 20-minute talk at UX Meetup Manchester on 3 December?\n\n"
            "Martin\n",
        ),
        M(
            SAM,
            "Martin Novak <martin@uxmeetup-mcr.example>",
            "2026-10-31 09:00 +0000",
            "Re: Speaking at our meetup?",
            "Hi Martin,\n\nThank you for asking! Unfortunately I can't make it in December, so "
            "I'll have to decline this time.\n\nSam\n",
            q=True,
        ),
        M(
            "Martin Novak <martin@uxmeetup-mcr.example>",
            SAM,
            "2026-11-01 10:00 +0000",
            "Re: Speaking at our meetup?",
            "No worries at all, thanks for letting me know!\n\nMartin\n",
        ),
    ],
)

T(
    "note-to-self",
    "none",
    "note I sent from my second address to my main one: no other person involved",
    [
        M(
            SAM2,
            SAM,
            "2026-11-19 07:30 +0000",
            "note: call Mark re VAT",
            "Call Mark before Friday about the missing September receipts.\n",
            folder="both",
        )
    ],
)

T(
    "bulk-conference",
    "none",
    "Precedence: bulk marketing mail, even though it ends with a question",
    [
        M(
            "DesignConf <info@designconf.example>",
            ME1,
            "2026-11-13 08:00 +0000",
            "Early-bird tickets end Friday",
            "Hi Sam,\n\nEarly-bird tickets for DesignConf Lisbon end this Friday. Will we see you "
            "there?\n\nThe DesignConf team\n",
            extra=[("Precedence", "bulk")],
        )
    ],
)

T(
    "mailing-list-gideon",
    "none",
    "mailing-list discussion: my post was answered via the list (List-Id), even though the "
    "reply addresses me",
    [
        M(
            SAM,
            "Typography list <typography@lists.typeclub.example>",
            "2026-11-12 20:00 +0000",
            "Variable fonts in print?",
            "Has anyone had problems with variable fonts in print PDFs? Our printer's RIP keeps "
            "substituting the default instance.\n\nSam\n",
        ),
        M(
            "Gideon Roth <gideon@roth-type.example>",
            "Typography list <typography@lists.typeclub.example>",
            "2026-11-13 08:45 +0100",
            "Re: [typography] Variable fonts in print?",
            "Sam, yes - you need to instance the fonts before export. Which app are you exporting "
            "from?\n\nGideon\n\n_______________________________________________\ntypography mailing "
            "list\nhttps://lists.typeclub.example/listinfo/typography\n",
            q=True,
            extra=[
                ("List-Id", "Type Club typography <typography.lists.typeclub.example>"),
                ("List-Post", "<mailto:typography@lists.typeclub.example>"),
                ("Precedence", "list"),
                ("Sender", "typography-bounces@lists.typeclub.example"),
            ],
        ),
    ],
)

T(
    "recruiter-sequence-tara",
    "none",
    "looks personal but is an automated outreach sequence with List-Unsubscribe",
    [
        M(
            "Tara Bloom <tara@outreach.hirewell.example>",
            ME1,
            "2026-11-18 13:00 +0000",
            "Sam, quick question",
            "Hi Sam,\n\nAre you open to hearing about a Principal Designer role at a health-tech "
            "scale-up? Happy to share details.\n\nTara\n\nIf you'd rather not hear from me, "
            "unsubscribe here: https://outreach.hirewell.example/u/x9\n",
            extra=[
                (
                    "List-Unsubscribe",
                    "<https://outreach.hirewell.example/u/x9>, <mailto:u-x9@outreach.hirewell.example>",
                ),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("X-Mailer", "Gem Sequences"),
            ],
        )
    ],
)

T(
    "monthly-report-sep-ruth",
    "none",
    "September report; I closed it with a short thanks (more than 30 days before November's "
    "report of the same subject)",
    [
        M(
            "Ruth Adeyemi <ruth@kestrel-ngo.example>",
            SAM,
            "2026-09-08 10:00 +0100",
            "Monthly report",
            "Hi Sam,\n\nAttached is August's report, FYI.\n\nRuth\n",
        ),
        M(
            SAM,
            "Ruth Adeyemi <ruth@kestrel-ngo.example>",
            "2026-09-09 09:00 +0100",
            "Re: Monthly report",
            "Thanks Ruth, all looks good!\n\nSam\n",
        ),
    ],
)

T(
    "docusign-notification",
    "none",
    "e-signature notification (Auto-Submitted), not a person writing",
    [
        M(
            '"Ana Costa via Docusign" <dse_NA3@docusign.net>',
            ME1,
            "2026-11-18 11:50 +0000",
            "Please DocuSign: Northwind_offer_Sam_Okoro_v2.pdf",
            "Ana Costa sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nDo not share "
            "this email. Powered by Docusign.\n",
            extra=[
                ("Auto-Submitted", "auto-generated"),
                ("Reply-To", "Ana Costa <ana.costa@northwind.example>"),
            ],
        )
    ],
)

T(
    "orphan-ooo-sven",
    "none",
    "only an out-of-office reply to a message of mine that is not in the mailbox",
    [
        M(
            "Sven Berg <sven.berg@polar-ads.example>",
            ME2,
            "2026-11-09 10:05 +0100",
            "Automatic reply: Catching up?",
            "Hej! I'm away until 30 November. / Jag är borta till 30 november.\n",
            parent=None,
            extra=[
                ("Auto-Submitted", "auto-replied"),
                ("In-Reply-To", "<9f1c2e0a-missing@mailbox.example>"),
            ],
        )
    ],
)

T(
    "html-courtesy-lucas",
    "none",
    "client's last word is an HTML-only 'Thank you, paid today' that asks nothing",
    [
        M(
            SAM,
            "Lucas Meyer <lucas@meyer-optik.example>",
            "2026-11-15 10:00 +0000",
            "Invoice 2026-043",
            "Hi Lucas,\n\nInvoice 2026-043 for the website photography is attached, payable "
            "within 30 days.\n\nSam\n",
        ),
        M(
            "Lucas Meyer <lucas@meyer-optik.example>",
            SAM,
            "2026-11-16 16:20 +0100",
            "AW: Invoice 2026-043",
            "",
            ctype='text/html; charset="utf-8"',
            body_bytes=base64.encodebytes(
                '<html><body><div dir="ltr">Thank you, Sam! Paid today.<br><br>Grüße, Lucas'
                "</div></body></html>\n".encode()
            ),
            extra=[("Content-Transfer-Encoding", "base64")],
            style="outlook",
        ),
    ],
)

T(
    "figma-comment",
    "none",
    "no-reply notification relaying a comment, even though the comment is a question",
    [
        M(
            '"Priya Nair (via Figma)" <no-reply@notifications.figma.example>',
            ME1,
            "2026-11-19 18:02 +0000",
            "Priya Nair commented on 'Halcyon take-home'",
            'Priya Nair commented:\n\n"Can you tweak the spacing on frame 3?"\n\nReply in Figma: '
            "https://figma.example/file/abc\n",
        )
    ],
)


# ------------------------------------------------------- more mixed cases --
T(
    "reply-all-panel",
    "owed",
    "organiser asked each panellist for a bio; the other two replied-all, I still owe mine",
    [
        M(
            "Olu Bankole <olu@designweek-mcr.example>",
            SAM
            + ", Ola Nowak <ola@nowak-design.example>, Ben Thompson <ben.t@harbourcoffee.example>",
            "2026-11-12 11:00 +0000",
            "Panel prep - Design Week",
            "Hi all,\n\nThanks again for joining the 'Small studios, big clients' panel on 3 "
            "December. Could each of you reply with a 60-word bio and a headshot by 20 "
            "November?\n\nOlu\n",
        ),
        M(
            "Ben Thompson <ben.t@harbourcoffee.example>",
            "Olu Bankole <olu@designweek-mcr.example>, " + SAM + ", ola@nowak-design.example",
            "2026-11-13 08:00 +0000",
            "Re: Panel prep - Design Week",
            "Here's mine: Ben runs Harbour Coffee, three cafes in Salford... Headshot attached.\n\n"
            "Ben\n",
            q=True,
        ),
        M(
            "Ola Nowak <ola@nowak-design.example>",
            "Olu Bankole <olu@designweek-mcr.example>, "
            + SAM
            + ", Ben Thompson <ben.t@harbourcoffee.example>",
            "2026-11-14 19:30 +0100",
            "Re: Panel prep - Design Week",
            "Bio below, headshot attached. Looking forward to it!\n\nOla Nowak is an illustrator "
            "based in Kraków...\n\nOla\n",
        ),
        M(
            "Olu Bankole <olu@designweek-mcr.example>",
            SAM,
            "2026-11-19 09:00 +0000",
            "Re: Panel prep - Design Week",
            "Hi Sam, just yours missing now - could you send the bio and headshot by "
            "tomorrow?\n\nOlu\n",
            flags="",
        ),
    ],
)

T(
    "negotiation-fernleaf-scope",
    "awaiting",
    "long scope negotiation; my last message proposes a compromise and asks her to confirm",
    [
        M(
            "Grace Liu <grace.liu@fernleaf.example>",
            SAM,
            "2026-10-26 10:00 -0700",
            "Phase 2 scope",
            "Hi Sam,\n\nFor phase 2 we'd like the blog templates, the careers page and a refresh "
            "of the icon set. Could you estimate?\n\nGrace\n",
        ),
        M(
            SAM,
            "Grace Liu <grace.liu@fernleaf.example>",
            "2026-10-27 09:00 +0000",
            "Re: Phase 2 scope",
            "Hi Grace,\n\nEstimate: blog templates 4 days, careers 3 days, icons 5 days - 12 days "
            "in total at my usual rate.\n\nSam\n",
            q=True,
        ),
        M(
            "Grace Liu <grace.liu@fernleaf.example>",
            SAM,
            "2026-10-29 16:40 -0700",
            "Re: Phase 2 scope",
            "That's over our budget - we have about 9 days. What could we drop?\n\nGrace\n",
            q=True,
        ),
        M(
            SAM,
            "Grace Liu <grace.liu@fernleaf.example>",
            "2026-10-30 10:15 +0000",
            "Re: Phase 2 scope",
            "We could reuse 30 of the existing icons and redraw only 20. That brings it to 10 "
            "days.\n\nSam\n",
            q=True,
        ),
        M(
            "Grace Liu <grace.liu@fernleaf.example>",
            SAM,
            "2026-11-03 08:05 -0800",
            "Re: Phase 2 scope",
            "Closer! Finance says 9 is the hard limit though.\n\nG\n",
        ),
        M(
            SAM,
            "Grace Liu <grace.liu@fernleaf.example>",
            "2026-11-03 17:30 +0000",
            "Re: Phase 2 scope",
            "OK - 9 days if the careers page reuses the blog template layout. Can you confirm so "
            "I can schedule it for December?\n\nSam\n",
        ),
    ],
)

T(
    "subject-changed-elena",
    "owed",
    "subject changed mid-thread ('was: ...') but References keep it one thread; she asks me "
    "to send the invoice",
    [
        M(
            SAM,
            "Elena Marsh <elena@marsh-florals.example>",
            "2026-11-02 12:00 +0000",
            "Shop signage",
            "Hi Elena,\n\nFinal signage artwork attached. Can you check the phone number before it "
            "goes to print?\n\nSam\n",
        ),
        M(
            "Elena Marsh <elena@marsh-florals.example>",
            SAM,
            "2026-11-03 09:20 +0000",
            "Re: Shop signage",
            "Number is correct, go ahead!\n\nElena\n",
            q=True,
        ),
        M(
            "Elena Marsh <elena@marsh-florals.example>",
            SAM,
            "2026-11-17 14:00 +0000",
            "Invoice for the signage (was: Re: Shop signage)",
            "Hi Sam, the signs look lovely. Could you send me the invoice so I can pay before "
            "month end? Also - do you do window vinyls?\n\nElena\n",
        ),
    ],
)

_mdn_body = (
    "--mdn_77\nContent-Type: text/plain; charset=utf-8\n\nYour message\n\n  To: Paul Ferrand\n"
    "  Subject: Rebrand proposal\n\nwas read on 18/11/2026 09:41.\n\n--mdn_77\n"
    "Content-Type: message/disposition-notification\n\nReporting-UA: outlook.example\n"
    "Final-Recipient: rfc822;paul@ferrand-wines.example\nDisposition: manual-action/"
    "MDN-sent-manually; displayed\n\n--mdn_77--\n"
)
T(
    "read-receipt-paul",
    "awaiting",
    "after my proposal he only sent a read receipt, which is not an answer",
    [
        M(
            "Paul Ferrand <paul@ferrand-wines.example>",
            SAM,
            "2026-11-10 10:00 +0100",
            "Rebrand proposal",
            "Bonjour Sam,\n\nCould you send a proposal for the rebrand of our wine labels?\n\n"
            "Paul\n",
        ),
        M(
            SAM,
            "Paul Ferrand <paul@ferrand-wines.example>",
            "2026-11-17 16:00 +0000",
            "Re: Rebrand proposal",
            "Bonjour Paul,\n\nThe proposal is attached: three label directions, EUR 7,800. Shall "
            "we discuss it on a call this week?\n\nSam\n",
            q=True,
        ),
        M(
            "Paul Ferrand <paul@ferrand-wines.example>",
            SAM,
            "2026-11-18 09:41 +0100",
            "Read: Re: Rebrand proposal",
            _mdn_body,
            ctype='multipart/report; report-type=disposition-notification; boundary="mdn_77"',
            style="outlook",
        ),
    ],
)

T(
    "one-more-thing-leo",
    "owed",
    "I closed with 'Thanks!' but Leo came back with a new question afterwards",
    [
        M(
            "Leo Martins <leo.martins@kestrel-ngo.example>",
            SAM,
            "2026-11-04 10:00 +0000",
            "Annual report - photo credits",
            "Hi Sam, here's the list of photo credits for the annual report.\n\nLeo\n",
        ),
        M(
            SAM,
            "Leo Martins <leo.martins@kestrel-ngo.example>",
            "2026-11-04 11:00 +0000",
            "Re: Annual report - photo credits",
            "Thanks!\n\nSam\n",
        ),
        M(
            "Leo Martins <leo.martins@kestrel-ngo.example>",
            SAM,
            "2026-11-06 15:00 +0000",
            "Re: Annual report - photo credits",
            "Oh, one more thing: can the credits go on the inside back cover instead of next to "
            "each photo? Let me know if that's a problem.\n\nLeo\n",
            q=True,
        ),
        M(
            "Leo Martins <leo.martins@kestrel-ngo.example>",
            SAM,
            "2026-11-13 09:30 +0000",
            "Re: Annual report - photo credits",
            "Hi Sam, any thoughts on the credits question? The board wants to know.\n\nLeo\n",
        ),
    ],
)

T(
    "linkedin-invitation",
    "none",
    "LinkedIn connection invitation (social network notification)",
    [
        M(
            "Chloé Dubois via LinkedIn <invitations@linkedin.com>",
            ME1,
            "2026-11-16 11:00 +0000",
            "Chloé Dubois wants to connect",
            "Chloé Dubois\nFounder at Atelier Dubois\n\nAccept: https://www.linkedin.com/comm/mynetwork/\n",
            extra=[
                ("X-LinkedIn-Class", "INVITE-GUEST"),
                ("List-Unsubscribe", "<https://www.linkedin.com/e/v2?e=unsub>"),
            ],
            cte="qp",
        )
    ],
)


# ==========================================================================
# rendering
# ==========================================================================
def make_mid(tkey, idx, frm):
    dig = h(tkey, idx)
    addr = frm.split("<")[-1].rstrip(">").strip().split()[0]
    dom = addr.split("@")[-1].lower().rstrip(")")
    style = int(dig[0], 16) % 4
    if style == 0:
        return "<CA+%s@mail.gmail.com>" % base64.b64encode(
            bytes.fromhex(dig[:40])
        ).decode().replace("/", "_").rstrip("=")
    if style == 1:
        return "<%s@%s>" % (
            dig[:32].upper(),
            "AM6PR04MB%s.eurprd04.prod.outlook.com" % dig[32:36].upper(),
        )
    if style == 2:
        u = dig[:32]
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)
    return "<%s.%d@%s>" % (dig[:16], idx + 1, dom)


def fold_refs(refs, eol):
    return (eol + " ").join(refs)


def render(tkey, idx, m, refs_chain, eol):
    hdr = {}
    hdr["Date"] = m.date_raw if m.date_raw else format_datetime(parse_date(m.date))
    if m.nodate:
        del hdr["Date"]  # deliberately missing Date header
    hdr["From"] = m.frm
    hdr["To"] = m.to
    if m.cc:
        hdr["Cc"] = m.cc
    hdr["Subject"] = m.subject
    if m.mid:
        hdr["Message-ID"] = m.mid
    if refs_chain:
        if m.refs_mode in ("both", "irt"):
            hdr["In-Reply-To"] = refs_chain[-1]
        if m.refs_mode in ("both", "refs"):
            hdr["References"] = fold_refs(refs_chain, eol)
    hdr["MIME-Version"] = "1.0"
    ctype = m.ctype
    cte = None
    if m.body_bytes is not None:
        body = m.body_bytes
        if ctype is None:
            ctype = "text/plain"
    else:
        text = m.body
        if ctype is None:
            ctype = (
                'text/plain; charset="%s"' % m.charset
                if m.charset != "utf-8"
                else "text/plain; charset=utf-8"
            )
            if m.cte == "b64":
                cte = "base64"
                body = b64lines(text.encode(m.charset)).encode()
            elif m.cte == "qp":
                cte = "quoted-printable"
                body = quopri.encodestring(text.encode(m.charset))
            else:
                raw = text.encode(m.charset)
                cte = "8bit" if any(b > 127 for b in raw) else "7bit"
                body = raw
        else:
            body = text.encode("utf-8")
    hdr["Content-Type"] = ctype
    if cte:
        hdr["Content-Transfer-Encoding"] = cte
    extras = [(k, v) for k, v in m.extra]
    dig = h("order", tkey, idx)
    style = m.style or ["plain", "gmail", "apple", "plain"][int(dig[1], 16) % 4]
    if style == "outlook":
        order = [
            "From",
            "To",
            "Cc",
            "Subject",
            "Date",
            "Message-ID",
            "References",
            "In-Reply-To",
            "Content-Type",
            "Content-Transfer-Encoding",
            "MIME-Version",
        ]
        extras = extras + [
            ("Content-Language", "en-GB"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    elif style == "gmail":
        order = [
            "MIME-Version",
            "Date",
            "References",
            "In-Reply-To",
            "Message-ID",
            "Subject",
            "From",
            "To",
            "Cc",
            "Content-Type",
            "Content-Transfer-Encoding",
        ]
    elif style == "apple":
        order = [
            "Content-Type",
            "Content-Transfer-Encoding",
            "MIME-Version",
            "Subject",
            "From",
            "In-Reply-To",
            "Date",
            "Cc",
            "References",
            "To",
            "Message-ID",
        ]
        extras = extras + [("X-Mailer", "Apple Mail (2.3774.200.91.1.1)")]
    else:
        order = [
            "Date",
            "From",
            "To",
            "Cc",
            "Subject",
            "Message-ID",
            "In-Reply-To",
            "References",
            "MIME-Version",
            "Content-Type",
            "Content-Transfer-Encoding",
        ]
    # explicit Content-Transfer-Encoding in extras overrides
    if any(k.lower() == "content-transfer-encoding" for k, _ in extras):
        hdr.pop("Content-Transfer-Encoding", None)
    lines = []
    if not is_me(m.frm):
        if "mailer-daemon" in m.frm.lower() or "postmaster" in m.frm.lower():
            lines.append(("Return-Path", "<>"))
        else:
            lines.append(
                (
                    "Return-Path",
                    "<%s>"
                    % (
                        m.frm.split("<")[-1].rstrip(">").split()[0]
                        if "<" in m.frm
                        else m.frm.split()[0]
                    ),
                )
            )
        lines.append(
            (
                "Delivered-To",
                ME2 if (ME2 in (m.to or "").lower() and ME1 not in (m.to or "").lower()) else ME1,
            )
        )
        lines.append(
            (
                "Received",
                "from mail.%s by mx.okoro-studio.example with ESMTPS id %s;%s\t%s"
                % (
                    (m.frm.split("@")[-1].split(">")[0].split()[0]).lower(),
                    dig[:12],
                    eol,
                    hdr.get("Date", "Thu, 19 Nov 2026 12:00:00 +0000"),
                ),
            )
        )
    for k in order:
        if k in hdr:
            lines.append((k, hdr[k]))
    pos = 2 if style == "outlook" else len(lines)
    lines[pos:pos] = extras
    out = b""
    for k, v in lines:
        out += (
            ("%s: %s" % (k, v)).encode("utf-8") + eol.encode()
            if v != ""
            else ("%s:" % k).encode() + eol.encode()
        )
    for k, v in m.raw_headers:
        out += k.encode() + b": " + v + eol.encode()
    out += eol.encode()
    norm = body.replace(b"\r\n", b"\n")
    if eol == "\r\n":
        norm = norm.replace(b"\n", b"\r\n")
    out += norm
    return out


def build():
    # fill message ids and parents
    for t in THREADS:
        prev_mid = None
        chains = {}
        for i, m in enumerate(t["msgs"]):
            if m.mid == "auto":
                m.mid = make_mid(t["key"], i, m.frm)
            if m.parent == "prev":
                par = i - 1 if i > 0 else None
            else:
                par = m.parent
            chain = []
            if par is not None:
                p = t["msgs"][par]
                chain = list(chains.get(par, []))
                if p.mid:
                    chain.append(p.mid)
                if m.q and not m.body_bytes:
                    who = p.frm
                    m.body = m.body + quote(p.body.split("\n\nOn ")[0], who, p.date)
            m._chain = chain
            chains[i] = chain
            if m.folder is None:
                m.folder = "sent" if is_me(m.frm) else "inbox"
    return THREADS


def write():
    build()
    for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
        d = os.path.join(MAILDIR, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if ".blind" in f:
                os.remove(os.path.join(d, f))
    for sub in ("new", "tmp", ".Sent/new", ".Sent/tmp"):
        open(os.path.join(MAILDIR, sub, ".gitkeep"), "w").close()
    open(os.path.join(MAILDIR, ".Sent", "maildirfolder"), "w").close()

    seq = 0
    for ti, t in enumerate(THREADS):
        for i, m in enumerate(t["msgs"]):
            dig = h("eol", t["key"], i)
            eol = m.eol or ("\r\n" if int(dig[2], 16) % 6 == 0 else "\n")
            data = render(t["key"], i, m, m._chain, eol)
            ts = int(parse_date(m.date).timestamp())
            folders = {"inbox": ["cur"], "sent": [".Sent/cur"], "both": ["cur", ".Sent/cur"]}[
                m.folder
            ]
            for fo in folders:
                seq += 1
                flags = m.flags if (m.flags is not None and fo == "cur") else "S"
                # arrival stamp a little after the Date, not equal to it
                name = "%d.M%dP%d.blind:2,%s" % (
                    ts + 7 + (int(dig[3:5], 16) % 90),
                    seq,
                    1000 + 7 * seq,
                    flags,
                )
                with open(os.path.join(MAILDIR, fo, name), "wb") as fh:
                    fh.write(data)

    with open(LABELS, "w", encoding="utf-8") as fh:
        fh.write("# Independent labelled corpus for the whose-turn classifier, written blind.\n")
        fh.write("# Generated by make_corpus.py - edit the script, not this file.\n")
        fh.write("me = [%s, %s]\n" % (json.dumps(ME1), json.dumps(ME2)))
        fh.write("now = %s\n" % json.dumps(NOW))
        for t in THREADS:
            root = t["msgs"][t["root_index"]].mid
            assert root, t["key"]
            fh.write("\n[[thread]]\n")
            fh.write("root = %s\n" % json.dumps(root))
            fh.write("expect = %s\n" % json.dumps(t["expect"]))
            fh.write("why = %s\n" % json.dumps(t["why"], ensure_ascii=False))


# ==========================================================================
# checks
# ==========================================================================
def check():
    import email
    import email.policy
    import tomllib
    from collections import Counter
    from email.header import decode_header, make_header

    with open(LABELS, "rb") as fh:
        lab = tomllib.load(fh)
    assert len(lab["me"]) >= 2
    files = []
    for fo in ("cur", ".Sent/cur"):
        d = os.path.join(MAILDIR, fo)
        files += [os.path.join(d, f) for f in sorted(os.listdir(d))]
    names = [os.path.basename(f) for f in files]
    assert len(set(names)) == len(names), "duplicate file names"
    mids = Counter()
    problems = []
    tolerated = []
    for f in files:
        raw = open(f, "rb").read()
        for pol in (email.policy.compat32, email.policy.default):
            msg = email.message_from_bytes(raw, policy=pol)
            try:
                for k in ("From", "To", "Cc", "Subject", "Date", "Message-ID"):
                    v = msg.get(k)
                    if v is not None:
                        str(v)
                        if pol is email.policy.compat32:
                            try:
                                str(make_header(decode_header(v)))
                            except UnicodeDecodeError:
                                tolerated.append(os.path.basename(f) + " " + k)
                for part in msg.walk():
                    if part.get_content_maintype() == "multipart":
                        continue
                    part.get_payload(decode=True)
                    if pol is email.policy.default:
                        try:
                            part.get_content()
                        except (LookupError, UnicodeError) as e:
                            pass  # bad charsets are deliberate; must not crash a reader
                if msg.defects and pol is email.policy.default:
                    pass
            except Exception as e:  # noqa
                problems.append("%s: %r" % (os.path.basename(f), e))
        m = email.message_from_bytes(raw, policy=email.policy.compat32)
        if m.get("Message-ID"):
            mids[m["Message-ID"].strip()] += 1
    roots = [t["root"] for t in lab["thread"]]
    missing = [r for r in roots if r not in mids]
    dup_roots = [r for r, c in Counter(roots).items() if c > 1]
    labels = Counter(t["expect"] for t in lab["thread"])
    unique_msgs = len(mids) + sum(
        1 for f in files if not email.message_from_bytes(open(f, "rb").read()).get("Message-ID")
    )
    crlf = sum(1 for f in files if b"\r\n" in open(f, "rb").read())
    print(
        "files: %d (cur %d, .Sent/cur %d), unique messages: %d, CRLF files: %d"
        % (
            len(files),
            len(os.listdir(os.path.join(MAILDIR, "cur"))),
            len(os.listdir(os.path.join(MAILDIR, ".Sent/cur"))),
            unique_msgs,
            crlf,
        )
    )
    print("message-ids appearing in 2 files:", [k for k, c in mids.items() if c > 1])
    print("threads:", len(lab["thread"]), dict(labels))
    print("deliberately undecodable encoded-words (compat32 make_header):", tolerated)
    assert set(labels) <= {"owed", "awaiting", "none"}
    if problems or missing or dup_roots:
        print("PROBLEMS", problems, "missing roots", missing, "dup roots", dup_roots)
        sys.exit(1)
    # every generated thread has exactly one label entry
    build_keys = [t["key"] for t in THREADS]
    assert len(build_keys) == len(lab["thread"]) == len(set(build_keys))
    print("OK: every file parses, every root exists, one entry per thread")


if __name__ == "__main__":
    if "--check" not in sys.argv:
        write()
    check()
