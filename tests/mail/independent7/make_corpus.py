"""Generate the seventh independent labelled mail corpus (written blind).

"me" is Maja Sandberg, a Swedish sous-chef in Manchester who is leaving a
hotel kitchen to open her own 40-cover restaurant, Ember & Rye, with a
business partner (Dev Mistry, front of house). She is signing the lease,
raising the last of the money from angels and a bank, choosing suppliers,
hiring a kitchen brigade, and talking to a literary agent about a cookbook.
Two addresses: the restaurant's Fastmail mailbox (read in Thunderbird and the
web) and her personal iCloud address, used from her iPhone.

Mail in English, Swedish and Polish. Standard library only; deterministic:
running it twice gives the same files.

    python tests/mail/independent7/make_corpus.py
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import quopri
import shutil
import uuid
from email.header import Header
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILDIR = HERE / "Maildir"
HOST = "maja-thinkpad"
NOW = "2026-11-30T17:00:00Z"
FOLDERS = ("", ".Sent", ".Drafts", ".Archive", ".Suppliers", ".Hiring", ".Hiring.Applicants", ".Investors", ".Cookbook")


# ---------------------------------------------------------------- people


class P:
    """A correspondent: display name, address, the client they write with, their time zone."""

    def __init__(self, name: str, addr: str, client: str = "gmail", tz: str = "uk", lang: str = "en"):
        self.name, self.addr, self.client, self.tz, self.lang = name, addr, client, tz, lang

    @property
    def domain(self) -> str:
        return self.addr.split("@")[1]


ME_W = P("Maja Sandberg", "maja@emberandrye.example", "thunderbird")
ME_P = P("Maja Sandberg", "maja.sandberg@icloud.example", "apple", "uk", "en")
ME = (ME_W.addr, ME_P.addr)

SIG_W = "\nMaja\n\n--\nMaja Sandberg\nChef-owner, Ember & Rye (opening February 2027)\n14 Jersey Street, Manchester M4 6JG\n07700 900 461\n"
SIG_P = "\nMaja\n\nSent from my iPhone\n"
SIG_S = "\nMaja\n"

# ---------------------------------------------------------------- time


def offset(tz: str, day: dt.date) -> dt.timezone:
    summer = day < dt.date(2026, 10, 25)  # EU/UK clocks went back on 25 October 2026
    hours = {"uk": 1 if summer else 0, "cet": 2 if summer else 1, "utc": 0,
             "est": -4 if day < dt.date(2026, 11, 1) else -5, "pst": -7 if day < dt.date(2026, 11, 1) else -8}[tz]
    return dt.timezone(dt.timedelta(hours=hours))


def when(stamp: str, tz: str) -> dt.datetime:
    naive = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=offset(tz, naive.date()))


def h(*parts: object, n: int = 16) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- messages


class M:
    def __init__(self, frm: P, to, at: str, body: str = "", subject: str | None = None, cc=(),
                 *, folder: str | None = None, client: str | None = None, mid: str | None = "auto",
                 irt="auto", refs="auto", quote: bool = True, headers=(), also_in=(),
                 date_raw: str | None = None, html_only: bool = False, b64: bool = False,
                 charset: str = "utf-8", subj_charset: str = "utf-8", reply_to: P | None = None,
                 to_raw: str | None = None, raw: str | None = None, flags: str = "S",
                 unread: bool = False, html_body: str | None = None, subj_raw: str | None = None,
                 declare: str | None = None, name_charset: str = "utf-8", copy_headers=()):
        self.frm, self.to, self.cc = frm, [to] if isinstance(to, P) else list(to), list(cc)
        self.at = when(at, frm.tz)
        self.body, self.subject = body, subject
        self.sent = frm.addr in ME
        self.folder = folder if folder is not None else (".Sent" if self.sent else "")
        if self.sent and self.folder not in (".Sent", ".Drafts"):  # my mail filed under a project label: Sent holds it too
            also_in = [self.folder, *also_in]
            self.folder = ".Sent"
        self.client = client or frm.client
        self.mid, self.irt, self.refs, self.quote = mid, irt, refs, quote
        self.headers, self.also_in = list(headers), list(also_in)
        self.date_raw, self.html_only, self.b64 = date_raw, html_only, b64
        self.charset, self.subj_charset, self.reply_to = charset, subj_charset, reply_to
        self.to_raw, self.raw, self.flags, self.unread = to_raw, raw, flags, unread
        self.html_body, self.subj_raw, self.declare = html_body, subj_raw, declare
        self.name_charset, self.copy_headers = name_charset, list(copy_headers)


THREADS: list[dict] = []


def thread(expect: str, why: str, *msgs: M) -> None:
    THREADS.append({"expect": expect, "why": why, "msgs": list(msgs)})


# ---------------------------------------------------------------- rendering


def message_id(msg: M, key: str) -> str:
    c, d = msg.client, msg.frm.domain
    if c == "gmail":
        return f"<CA{base64.b32encode(bytes.fromhex(h(key, 'g', n=40))).decode().rstrip('=')}+{h(key, 'x', n=8)}@mail.gmail.example>"
    if c.startswith("outlook"):
        box = "DB9PR0" + str(int(h(key, 'b', n=2), 16) % 9) + "MB" + str(1000 + int(h(key, 'c', n=3), 16) % 9000)
        return f"<{box}{h(key, 'o', n=24).upper()}@{box}.eurprd0{int(h(key, 'e', n=1), 16) % 8 + 1}.prod.outlook.example>"
    if c in ("thunderbird", "apple", "webmail", "fastmail"):
        u = str(uuid.UUID(h(key, "u", n=32)))
        return f"<{u.upper() if c == 'apple' else u}@{d}>"
    return f"<{h(key, 's', n=20)}.{int(msg.at.timestamp())}@{'mail.' + d}>"


def rfc_date(msg: M) -> str:
    sec = int(h(msg.frm.addr, msg.at, n=4), 16) % 60
    moment = msg.at.replace(second=sec)
    text = moment.strftime("%a, %d %b %Y %H:%M:%S %z")
    if msg.client in ("service",):
        text += " (UTC)" if moment.utcoffset() == dt.timedelta(0) else ""
    return text


def subj(text: str, charset: str) -> str:
    if text.isascii():
        return text
    return Header(text, charset, maxlinelen=76, header_name="Subject").encode()


def addr(p: P, charset: str = "utf-8") -> str:
    if not p.name:
        return p.addr
    if p.name.isascii():
        if any(ch in p.name for ch in ",.()"):
            return f'"{p.name}" <{p.addr}>'
        return f"{p.name} <{p.addr}>"
    return formataddr((p.name, p.addr), charset=charset)


def quote_block(prev: M, client: str, lang: str) -> str:
    name = prev.frm.name or prev.frm.addr
    lines = prev.plain_text.rstrip("\n").split("\n")
    if client.startswith("outlook"):
        heads = {"outlook_sv": ("Från", "Skickat", "Till", "Ämne"),
                 "outlook_pl": ("Od", "Wysłano", "Do", "Temat")}.get(client, ("From", "Sent", "To", "Subject"))
        sep = ": "
        when_ = prev.at.strftime("%A, %d %B %Y %H:%M")
        block = [
            "",
            "________________________________",
            f"{heads[0]}{sep}{name} <{prev.frm.addr}>",
            f"{heads[1]}{sep}{when_}",
            f"{heads[2]}{sep}" + "; ".join(p.name or p.addr for p in prev.to),
            f"{heads[3]}{sep}{prev.subject}",
            "",
        ]
        return "\n".join(block) + "\n" + "\n".join(lines) + "\n"
    if lang == "sv":
        head = f"{prev.at.strftime('%d %b %Y')} kl. {prev.at.strftime('%H:%M')} skrev {name} <{prev.frm.addr}>:"
    elif lang == "pl":
        head = f"W dniu {prev.at.strftime('%d.%m.%Y')} o {prev.at.strftime('%H:%M')}, {name} <{prev.frm.addr}> pisze:"
    elif client == "thunderbird":
        head = f"On {prev.at.strftime('%d/%m/%Y %H:%M')}, {name} wrote:"
    elif client == "apple":
        head = f"On {prev.at.strftime('%d %b %Y')}, at {prev.at.strftime('%H:%M')}, {name} <{prev.frm.addr}> wrote:"
    else:
        head = f"On {prev.at.strftime('%a, %d %b %Y at %H:%M')}, {name} <{prev.frm.addr}> wrote:"
    q = "\n".join(">" if not ln else "> " + ln for ln in lines)
    return "\n\n" + head + "\n" + q + "\n"


def encode_part(text: str, charset: str, b64: bool) -> tuple[str, bytes]:
    raw = text.encode(charset)
    if b64:
        b = base64.b64encode(raw).decode("ascii")
        return "base64", ("\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n").encode()
    if text.isascii() and max((len(ln) for ln in text.split("\n")), default=0) < 900:
        return "7bit", raw
    return "quoted-printable", quopri.encodestring(raw)


def to_html(text: str, client: str) -> str:
    paras = [p for p in text.split("\n\n")]
    inner = "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras if p.strip())
    if client == "gmail":
        return f'<div dir="ltr">{inner}</div>\n'
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
            f'</head><body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt;">\n{inner}</div></body></html>\n')


CLIENT_HEADERS = {
    "thunderbird": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")],
    "apple": [("X-Mailer", "iPhone Mail (22B91)")],
    "webmail": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "fastmail": [("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20241030")],
}


def render(msg: M, index: int, prev: list[M], tid: int) -> bytes:
    key = f"{tid}.{index}"
    if msg.mid == "auto":
        msg.mid = message_id(msg, key)
    if msg.subject is None:
        base = prev[0].subject if prev else "(no subject)"
        low = base.lower()
        pre = {"outlook_sv": "SV: ", "outlook_pl": "ODP: "}.get(msg.client, "RE: " if msg.client.startswith("outlook") else "Re: ")
        msg.subject = base if low.startswith(("re:", "sv:", "odp:")) else pre + base
    text = msg.body
    if msg.quote and prev and msg.raw is None:
        text = text.rstrip("\n") + "\n" + quote_block(prev[-1], msg.client, msg.frm.lang)
    if not text.endswith("\n"):
        text += "\n"
    msg.plain_text = msg.body
    ids = [p.mid for p in prev if p.mid]
    hs: list[tuple[str, str]] = []
    if msg.client.startswith("outlook"):
        hs.append(("From", addr(msg.frm, msg.name_charset)))
        hs.append(("To", msg.to_raw or ", ".join(addr(p) for p in msg.to)))
        if msg.cc:
            hs.append(("CC", ", ".join(addr(p) for p in msg.cc)))
        hs.append(("Subject", msg.subj_raw or subj(msg.subject, msg.subj_charset)))
        topic = msg.subject
        for pre in ("RE: ", "Re: ", "FW: ", "SV: ", "VB: ", "ODP: ", "PD: "):
            if topic.startswith(pre):
                topic = topic[len(pre):]
        hs.append(("Thread-Topic", subj(topic, msg.subj_charset)))
        hs.append(("Thread-Index", base64.b64encode(bytes.fromhex(h(tid, "ti", n=44))).decode()))
        hs.append(("Date", rfc_date(msg) if msg.date_raw is None else msg.date_raw))
    else:
        if msg.date_raw is None:
            hs.append(("Date", rfc_date(msg)))
        elif msg.date_raw != "":
            hs.append(("Date", msg.date_raw))
        hs.append(("From", addr(msg.frm, msg.name_charset)))
        if msg.reply_to:
            hs.append(("Reply-To", addr(msg.reply_to)))
        hs.append(("To", msg.to_raw or ", ".join(addr(p) for p in msg.to)))
        if msg.cc:
            hs.append(("Cc", ", ".join(addr(p) for p in msg.cc)))
        hs.append(("Subject", msg.subj_raw or subj(msg.subject, msg.subj_charset)))
    if msg.mid:
        hs.append(("Message-ID", msg.mid))
    irt = ids[-1] if msg.irt == "auto" and ids else (None if msg.irt == "auto" else msg.irt)
    refs = " ".join(ids[-6:]) if msg.refs == "auto" and ids else (None if msg.refs == "auto" else msg.refs)
    if refs:
        hs.append(("References", refs.replace(" ", "\n ") if len(refs) > 200 else refs))
    if irt:
        hs.append(("In-Reply-To", irt))
    if msg.client.startswith("outlook"):
        if msg.reply_to:
            hs.append(("Reply-To", addr(msg.reply_to)))
        lang = {"outlook_sv": "sv-SE", "outlook_pl": "pl-PL"}.get(msg.client, "en-GB")
        hs += [("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    hs += CLIENT_HEADERS.get(msg.client, [])
    hs += msg.headers
    hs.append(("MIME-Version", "1.0"))
    if msg.raw is not None:
        head = "".join(f"{k}: {v}\n" for k, v in hs)
        return (head + "\n" + msg.raw).encode("utf-8")
    cs = msg.charset
    if msg.client in ("gmail", "outlook", "outlook_mobile", "outlook_sv", "outlook_pl", "service_html") or msg.html_only:
        htmltext = msg.html_body or to_html(text, msg.client)
        if msg.html_only:
            cte, payload = encode_part(htmltext, cs, msg.b64)
            hs += [("Content-Type", f'text/html; charset="{cs}"'), ("Content-Transfer-Encoding", cte)]
            return "".join(f"{k}: {v}\n" for k, v in hs).encode() + b"\n" + payload
        boundary = ("000000000000" + h(key, "bd", n=12)) if msg.client == "gmail" else f"_000_{h(key, 'bo', n=30).upper()}_"
        hs.append(("Content-Type", f'multipart/alternative; boundary="{boundary}"'))
        parts = []
        for sub, body in (("plain", text), ("html", htmltext)):
            cte, payload = encode_part(body, cs, msg.b64)
            if msg.declare:
                cte, payload = "8bit", body.encode("utf-8")
            decl = msg.declare or cs
            cs_q = f'"{decl.upper() if msg.client == "gmail" else decl}"'
            parts.append(f"--{boundary}\nContent-Type: text/{sub}; charset={cs_q}\n"
                         f"Content-Transfer-Encoding: {cte}\n\n".encode() + payload)
        body = b"\n".join(parts) + f"\n--{boundary}--\n".encode()
        return "".join(f"{k}: {v}\n" for k, v in hs).encode() + b"\n" + body
    cte, payload = encode_part(text, cs, msg.b64)
    if msg.declare:
        cs, cte, payload = msg.declare, "8bit", text.encode("utf-8")
    flowed = "; format=flowed" if msg.client == "thunderbird" else ""
    hs += [("Content-Type", f"text/plain; charset={cs.upper() if msg.client == 'thunderbird' else cs}{flowed}"),
           ("Content-Transfer-Encoding", cte)]
    return "".join(f"{k}: {v}\n" for k, v in hs).encode() + b"\n" + payload




# ---------------------------------------------------------------- correspondents


# ---------------------------------------------------------------- special messages


def ooo_headers(kind: str = "auto") -> list[tuple[str, str]]:
    if kind == "auto":
        return [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    if kind == "xauto":
        return [("X-Autoreply", "yes")]
    return []


def bounce_raw(key: str, orig_from: str, orig_to: str, orig_mid: str, orig_subject: str, orig_date: str) -> tuple[list, str]:
    b = "00000000000" + h(key, "bounce", n=12)
    headers = [("Auto-Submitted", "auto-replied"),
               ("Content-Type", f'multipart/report; boundary="{b}"; report-type=delivery-status')]
    body = (f"--{b}\nContent-Type: multipart/related; boundary=\"{b}x\"\n\n--{b}x\n"
            "Content-Type: text/plain; charset=\"UTF-8\"\n\n"
            f"** Address not found **\n\nYour message wasn't delivered to {orig_to} because the address couldn't be found,"
            " or is unable to receive mail.\n\nThe response from the remote server was:\n"
            f"550 5.1.1 <{orig_to}>: Recipient address rejected: User unknown in virtual mailbox table\n\n--{b}x--\n"
            f"--{b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; googlemail.example\n"
            f"Arrival-Date: {orig_date}\n\nFinal-Recipient: rfc822; {orig_to}\nAction: failed\nStatus: 5.1.1\n"
            f"Diagnostic-Code: smtp; 550 5.1.1 <{orig_to}>: Recipient address rejected\n\n"
            f"--{b}\nContent-Type: text/rfc822-headers\n\nFrom: {orig_from}\nTo: {orig_to}\nSubject: {orig_subject}\n"
            f"Date: {orig_date}\nMessage-ID: {orig_mid}\n\n--{b}--\n")
    return headers, body


def mdn_raw(key: str, reader: str, orig_mid: str, orig_subject: str) -> tuple[list, str]:
    b = f"_{h(key, 'mdn', n=20)}_"
    headers = [("Content-Type", f'multipart/report; report-type=disposition-notification; boundary="{b}"')]
    body = (f"--{b}\nContent-Type: text/plain; charset=\"us-ascii\"\n\n"
            f"Your message\n\n  To: {reader}\n  Subject: {orig_subject}\n\nwas read on {{when}}.\n\n"
            f"--{b}\nContent-Type: message/disposition-notification\n\nReporting-UA: Microsoft Outlook\n"
            f"Final-Recipient: rfc822;{reader}\nOriginal-Message-ID: {orig_mid}\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
            f"--{b}--\n")
    return headers, body


def ics_raw(key: str, method: str, summary: str, start: str, end: str, organizer: str, attendee: str,
            text: str, partstat: str = "NEEDS-ACTION") -> tuple[list, str]:
    b = "000000000000" + h(key, "ics", n=12)
    uid = h(key, "uid", n=26) + "@google.com"
    cal = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
           f"CALSCALE:GREGORIAN\r\nMETHOD:{method}\r\nBEGIN:VEVENT\r\nDTSTART:{start}\r\nDTEND:{end}\r\n"
           f"DTSTAMP:{start}\r\nORGANIZER;CN={organizer}:mailto:{organizer}\r\nUID:{uid}\r\n"
           f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};CN={attendee}:mailto:{attendee}\r\n"
           f"SUMMARY:{summary}\r\nSTATUS:CONFIRMED\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    headers = [("Content-Type", f'multipart/mixed; boundary="{b}"')]
    body = (f"--{b}\nContent-Type: multipart/alternative; boundary=\"{b}a\"\n\n--{b}a\n"
            f"Content-Type: text/plain; charset=\"UTF-8\"; format=flowed; delsp=yes\n\n{text}\n\n"
            f"--{b}a\nContent-Type: text/calendar; charset=\"UTF-8\"; method={method}\n\n{cal}\n--{b}a--\n"
            f"--{b}\nContent-Type: application/ics; name=\"invite.ics\"\nContent-Disposition: attachment; filename=\"invite.ics\"\n"
            f"Content-Transfer-Encoding: base64\n\n{base64.encodebytes(cal.encode()).decode()}\n--{b}--\n")
    return headers, body


def list_headers(list_id: str, unsub: str, precedence: str | None = None) -> list[tuple[str, str]]:
    hs = []
    if list_id:
        hs.append(("List-Id", list_id))
    if unsub:
        hs += [("List-Unsubscribe", unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    if precedence:
        hs.append(("Precedence", precedence))
    return hs


# ---------------------------------------------------------------- correspondents


# ---------------------------------------------------------------- special messages


def ooo_headers(kind: str = "auto") -> list[tuple[str, str]]:
    if kind == "auto":
        return [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    if kind == "xauto":
        return [("X-Autoreply", "yes")]
    if kind == "exchange":
        return [("X-MS-Exchange-Inbox-Rules-Loop", "auto"), ("X-Auto-Response-Suppress", "All")]
    return []


def bounce_raw(key: str, orig_from: str, orig_to: str, orig_mid: str, orig_subject: str, orig_date: str) -> tuple[list, str]:
    b = "=_" + h(key, "bounce", n=16)
    headers = [("Auto-Submitted", "auto-replied"),
               ("Content-Type", f'multipart/report; report-type=delivery-status; boundary="{b}"')]
    body = (f"--{b}\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
            "This is the mail system at host mx1.messagingengine.example.\n\n"
            "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
            f"<{orig_to}>: host mx.{orig_to.split('@')[1]} said: 550 5.1.1 <{orig_to}>: Recipient address rejected:\n"
            "    User unknown (in reply to RCPT TO command)\n\n"
            f"--{b}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx1.messagingengine.example\n\n"
            f"Final-Recipient: rfc822; {orig_to}\nAction: failed\nStatus: 5.1.1\n"
            f"Diagnostic-Code: smtp; 550 5.1.1 <{orig_to}>: Recipient address rejected: User unknown\n\n"
            f"--{b}\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
            f"From: {orig_from}\nTo: {orig_to}\nSubject: {orig_subject}\n"
            f"Date: {orig_date}\nMessage-ID: {orig_mid}\n\n--{b}--\n")
    return headers, body


def ics_raw(key: str, method: str, summary: str, start: str, end: str, organizer: str, attendee: str,
            text: str, partstat: str = "NEEDS-ACTION") -> tuple[list, str]:
    b = "000000000000" + h(key, "ics", n=12)
    uid = h(key, "uid", n=26) + "@google.com"
    cal = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
           f"CALSCALE:GREGORIAN\r\nMETHOD:{method}\r\nBEGIN:VEVENT\r\nDTSTART:{start}\r\nDTEND:{end}\r\n"
           f"DTSTAMP:{start}\r\nORGANIZER;CN={organizer}:mailto:{organizer}\r\nUID:{uid}\r\n"
           f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};CN={attendee}:mailto:{attendee}\r\n"
           f"SUMMARY:{summary}\r\nSTATUS:CONFIRMED\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    headers = [("Content-Type", f'multipart/mixed; boundary="{b}"')]
    body = (f"--{b}\nContent-Type: multipart/alternative; boundary=\"{b}a\"\n\n--{b}a\n"
            f"Content-Type: text/plain; charset=\"UTF-8\"; format=flowed; delsp=yes\n\n{text}\n\n"
            f"--{b}a\nContent-Type: text/calendar; charset=\"UTF-8\"; method={method}\n\n{cal}\n--{b}a--\n"
            f"--{b}\nContent-Type: application/ics; name=\"invite.ics\"\nContent-Disposition: attachment; filename=\"invite.ics\"\n"
            f"Content-Transfer-Encoding: base64\n\n{base64.encodebytes(cal.encode()).decode()}\n--{b}--\n")
    return headers, body


def list_headers(list_id: str, unsub: str, precedence: str | None = None) -> list[tuple[str, str]]:
    hs = []
    if list_id:
        hs.append(("List-Id", list_id))
    if unsub:
        hs += [("List-Unsubscribe", unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    if precedence:
        hs.append(("Precedence", precedence))
    return hs


def replied(later: list[M]) -> bool:
    return any(m.sent and m.folder != ".Drafts" for m in later)


# ---------------------------------------------------------------- correspondents

W, I = ME_W, ME_P
DEV = P("Dev Mistry", "dev@emberandrye.example", "fastmail")
HELLO = P("Ember & Rye", "hello@emberandrye.example", "fastmail")
KITCHEN = P("Ember & Rye kitchen", "kitchen@emberandrye.example", "fastmail")

TOM = P("Tom Ashworth", "tom@penninedairy.example", "outlook")
RACHEL = P("Rachel Goodwin", "rachel@goodwinventures.example", "apple")
OLIVIA = P("Olivia Marsh", "olivia@marshliterary.example", "outlook")
KACPER = P("Kacper Wiśniewski", "kacper.wisniewski@wp.example", "webmail", "uk", "pl")
ANDERS = P("Anders Holmgren", "anders@norrlandsrokeri.example", "outlook_sv", "cet", "sv")
SUBMITTABLE = P("Manchester Food & Drink Festival via Submittable", "no-reply@submittable.example", "service", "utc")
PRIYA = P("Priya Shah", "priya.shah@mcrfoodfest.example")
NADIA = P("Nadia Clarke", "nadia@clarkeshopfit.example", "outlook")
JAMES = P("James Okafor", "james@okaforstudio.example", "thunderbird")
HELEN = P("Helen Firth", "helen.firth@northernbank.example", "outlook")
SOFIA = P("Sofia Marino", "sofia.marino88@gmail.example", "gmail")
CARL = P("Carl Benson", "carl.benson@brickfieldproperty.example", "webmail")
LUCA = P("Luca Bianchi", "luca@vinibianchi-import.example", "webmail")
JEN = P("Jen Whitaker", "jen.whitaker@halehospitality.example", "outlook")
MARCUS = P("Marcus Hale", "marcus.hale@halehospitality.example", "outlook")
GRAHAM = P("Graham Pike", "graham.pike@btinternet.example", "apple")
AMY = P("Amy Lowe", "amy@amylowewrites.example", "gmail")
ROB = P("Rob Haigh", "rob@haighbutchers.example", "apple")
ELIN = P("Elin Berg", "elin.berg@telia.example", "apple", "cet", "sv")
SAM = P("Sam Carter", "sam.carter@platerecruitment.example", "outlook")
JORDAN = P("Jordan Reid", "jordanreid.kp@gmail.example", "gmail")
GWEN = P("Gwen Morris", "gwen.morris@manchester-council.example", "outlook")
FIONA = P("Fiona Grant", "fiona@safeplatefood.example", "gmail")
CHLOE = P("Chloe Dunn", "chloe.dunn@outlook.example", "outlook")
IAIN = P("Iain McLeod", "iain@westcoastfish.example", "outlook")
ELLIE = P("Ellie Brooks", "ellie.brooks.cooks@gmail.example", "gmail")
FREYA = P("Freya Lindgren", "freya@lindgrendesign.example", "apple")
NED = P("Ned Hollis", "ned@hollisplumbing.example", "apple")

MATT = P("Matt Lister", "matt@listercatering.example", "outlook")
MARTA = P("Marta Kowalczyk", "marta.kowalczyk@mlynzloty.example", "outlook_pl", "cet", "pl")
KARIN = P("Karin Lund", "karin.lund@skargardsost.example", "outlook_sv", "cet", "sv")
OWEN = P("Owen Price", "owen@northstarangels.example", "gmail")
TOMASZ = P("Tomasz Nowak", "tomasz.nowak.chef@gmail.example", "gmail")
PETER = P("Peter Lang", "peter.lang@thelindenhotel.example", "outlook")
GRANTS = P("Business Support", "business.support@manchester-council.example", "service", "utc")
SARAH = P("Sarah Hollin", "sarah@hollinfarm.example", "apple")
SARA_BAD = P("Sarah Hollin", "sara@hollinfarm.example", "apple")
RUTH = P("Ruth Abbot", "ruth.abbot@mcrmedia.example", "outlook")
LISA = P("Lisa Nyström", "lisa@fjallsylt.example", "webmail", "cet", "sv")
AISHA = P("Aisha Khan", "aisha.khan.cooks@gmail.example", "gmail")
BEN = P("Ben Ward", "ben@wardkitchens.example", "outlook")
GEORGE = P("George Aldous", "george@forkfund.example", "gmail")
KATE = P("Kate Fenwick", "kate.fenwick@hearthbooks.example", "outlook")
HANNAH = P("Hannah Reeve", "hreeve@reevelaw.example", "apple")
MAILER = P("Mail Delivery System", "MAILER-DAEMON@mx1.messagingengine.example", "service", "utc")

CATERER = P("The Caterer", "newsletter@thecaterer.example", "service", "utc")
TILLPOINT = P("Josh at TillPoint", "josh@tillpoint-pos.example", "service_html", "utc")
UKHA = P("UKHospitality Members", "members@ukhospitality-assoc.example", "service", "utc")
CHEFLIST = P("Priti Rao", "priti.rao@gmail.example", "gmail")
SHOP = P("Bake & Co Trade", "orders@bakeandco-trade.example", "service", "utc")
COMPANIES = P("Companies House", "no-reply@companieshouse.example", "service", "utc")
INDEED = P("Indeed", "noreply@indeed.example", "service_html", "utc")
LINKEDIN = P("LinkedIn", "messages-noreply@linkedin.example", "service_html", "utc")
CATJOBS = P("caterer.com Job Alerts", "alerts@caterer-jobs.example", "service", "utc")
INSTA = P("Instagram", "no-reply@mail.instagram.example", "service_html", "utc")
SUMUP = P("SumUp", "no-reply@sumup.example", "service", "utc")
DPD = P("DPD", "notifications@dpd-local.example", "service", "utc")
SEO = P("Kyle Benn", "kyle@rankyourrestaurant.example", "gmail")
LINEN = P("Gareth Moss", "gareth.moss@crispwhitelinen.example", "outlook")
JULES = P("Jules Armitage", "jules@armitagevc.example", "outlook")
HAMISH = P("Hamish Reid", "hamish@wildfoodtours.example", "gmail")
PIOTR = P("Piotr Zieliński", "piotr@grzybylesne.example", "webmail", "cet", "pl")
CHEF_REC = P("Lauren Shaw", "lauren.shaw@brigaderecruit.example", "outlook")
ACCOUNT = P("Meera Joshi", "meera@joshiandco-accountants.example", "outlook")
SVEN = P("Sven Ahlberg", "sven@ahlbergknives.example", "apple", "cet", "sv")
BETH = P("Beth Rowley", "beth.rowley@mcrcollege.example", "outlook")
ZOE = P("Zoe Patel", "zoe@hearthbooks.example", "outlook")
PENNY = P("Penny Shaw", "penny@oakleafgreens.example", "gmail")
SUPPLIERS_ALL = P("", "undisclosed-recipients:;", "service")

# ---------------------------------------------------------------- owed (27)

thread("owed", "Pennine Dairy quoted butter and cream and asks how many litres a week and which delivery days; unanswered.",
       M(W, TOM, "2026-11-18 09:12", "Hi Tom,\n\nGreat to meet you at the Northern Restaurant show. Could you send me trade prices for cultured butter, double cream and whole milk? We open mid-February.\n" + SIG_W,
         "Trade prices - Ember & Rye", folder=".Suppliers"),
       M(TOM, W, "2026-11-24 14:40", "Hi Maja,\n\nPrice list attached. Before I can hold those prices I need two things: roughly how many litres of cream a week you expect, and which days you'd want drops (we do Mon/Wed/Fri into M4).\n\nCheers,\nTom Ashworth\nPennine Dairy Co-op\n", folder=".Suppliers"))

thread("owed", "Angel investor read the deck and asks for the 18-month cash-flow and whether I guarantee the lease personally; unanswered.",
       M(W, RACHEL, "2026-11-10 19:05", "Dear Rachel,\n\nThank you for the coffee last week. As promised, our deck is attached: we are raising the last £60k of the round, on the same terms as the first investors.\n" + SIG_W,
         "Ember & Rye - investor deck", folder=".Investors"),
       M(RACHEL, W, "2026-11-26 07:48", "Maja,\n\nRead it on the train - I like it a lot, and the tasting menu pricing is braver than most.\n\nTwo things before I go further: can you send the month-by-month cash flow for the first 18 months, and are you personally guaranteeing the lease or is it on the company?\n\nRachel\n\nSent from my iPhone\n", folder=".Investors"))

thread("owed", "The literary agent asks for a chapter outline by mid-December and whether I can talk on Thursday; unanswered.",
       M(OLIVIA, W, "2026-11-27 11:20", "Dear Maja,\n\nI've now read your sample recipes properly and I'm excited - the rye and fermentation angle feels fresh and very you.\n\nWould you be able to send a rough chapter-by-chapter outline by 15 December? And are you free for a call this Thursday, 3 December, at 3pm?\n\nWarm wishes,\nOlivia\n\nOlivia Marsh\nMarsh Literary Agency\n",
         "Your cookbook - next steps", folder=".Cookbook"))

thread("owed", "A line cook applies in Polish (RFC 2047 name and subject), asking whether the job is still open; nobody has answered him.",
       M(KACPER, W, "2026-11-25 21:14", "Dzień dobry,\n\nZobaczyłem ogłoszenie na Instagramie, że szukacie kucharza liniowego (line cook). Pracuję od 4 lat w kuchni w Manchesterze, ostatnio w restauracji hotelowej na grillu. W załączniku CV.\n\nCzy stanowisko jest jeszcze aktualne? Mogę przyjść na dzień próbny w każdy poniedziałek.\n\nPozdrawiam serdecznie,\nKacper Wiśniewski\n",
         "Zgłoszenie – kucharz liniowy (line cook)", folder=".Hiring.Applicants", subj_charset="utf-8"))

thread("owed", "The Swedish smokehouse asks, in Swedish, for our delivery address and VAT number before the first order; unanswered.",
       M(W, ANDERS, "2026-11-12 10:02", "Hej Anders,\n\nJag öppnar en egen restaurang i Manchester i februari och skulle gärna köpa kallrökt röding och sik från er. Skickar ni till Storbritannien?\n\nVänliga hälsningar\n" + SIG_W,
         "Beställning från Manchester", folder=".Suppliers"),
       M(ANDERS, W, "2026-11-16 13:31", "Hej Maja,\n\nKul att höra! Ja, vi skickar kylt med DHL till England varje tisdag. För att lägga upp dig som kund behöver jag leveransadressen och ert momsregistreringsnummer (VAT). Kan du skicka dem?\n\nMed vänlig hälsning\nAnders Holmgren\nNorrlands Rökeri AB\n", folder=".Suppliers"))

thread("owed", "The festival programmer writes through Submittable's no-reply address with her own Reply-To and asks me to confirm the demo slot by 4 December.",
       M(SUBMITTABLE, W, "2026-11-23 16:00", "Hi Maja,\n\nThank you for applying to cook on the Festival Kitchen stage. We'd love to offer you the 1pm slot on Saturday 20 March.\n\nCould you reply to confirm by Friday 4 December, and tell me whether you'll need a deep fryer?\n\nBest,\nPriya Shah\nProgramme Manager, Manchester Food & Drink Festival\n\n--\nThis message was sent via Submittable. Replies go to the sender.\n",
         "Festival Kitchen 2027 - your demo slot", reply_to=PRIYA, headers=[("X-Mailer", "Submittable Messaging")]))

thread("owed", "My business partner writes to the shopfitter with me only in Cc, but asks me by name to confirm the pass height.",
       M(DEV, NADIA, "2026-11-27 10:15", "Hi Nadia,\n\nThanks for the revised drawings. Happy with the bar top in oak.\n\nMaja - can you confirm the pass should be 90cm and not 95? Nadia needs it before she orders the steel on Wednesday.\n\nDev\n",
         "Rev C drawings - bar and pass", cc=[W]))

thread("owed", "The extraction contractor's reply came without In-Reply-To or References (same subject, days later) and asks which canopy option I choose.",
       M(W, NED, "2026-11-09 08:30", "Hi Ned,\n\nFollowing your survey, can you quote for the extraction canopy over the range and the grill? Ideally installed by mid-January.\n" + SIG_W,
         "Extraction canopy quote"),
       M(NED, W, "2026-11-19 18:02", "Hi Maja\n\nTwo options attached. A is the stainless box canopy with UV filters, £14,200 fitted. B is the cheaper baffle one at £9,800 but you'd need more cleaning. Which do you want to go with? I need to book the install team this week.\n\nNed\n\nSent from my iPhone\n",
         "Re: Extraction canopy quote", irt=None, refs=None))

thread("owed", "The bank's relationship manager (HTML-only mail) asks me to choose a slot to sign the loan documents; unanswered.",
       M(W, HELEN, "2026-11-05 12:00", "Dear Helen,\n\nThank you for the approval in principle. What happens next, and what do you need from us?\n" + SIG_W,
         "Ember & Rye Ltd - business loan", folder=".Investors"),
       M(HELEN, W, "2026-11-25 09:41", "", html_only=True, folder=".Investors",
         html_body='<html><body><div style="font-family: Arial; font-size: 10pt;"><p>Dear Maja,</p><p>Good news: credit have signed off the &pound;85,000 facility.</p>'
                   '<p>We now need you and Dev to sign the facility letter in branch. Could you let me know which of these suits you both: <b>Tuesday 1 December at 10am</b>, <b>Wednesday 2 December at 2pm</b> or <b>Friday 4 December at 11am</b>?</p>'
                   '<p>Kind regards,</p><p>Helen Firth<br>Relationship Manager, Business Banking<br>Northern Bank plc</p>'
                   '<p style="font-size:8pt;color:#888">Northern Bank plc is authorised by the Prudential Regulation Authority. This e-mail is confidential.</p></div></body></html>\n'))

thread("owed", "The pastry chef I approached answers in a base64-encoded body: she is interested and asks the salary range; unanswered.",
       M(W, SOFIA, "2026-11-20 15:30", "Hi Sofia,\n\nChef Lang at the Linden speaks very highly of you. I'm opening my own place in February and I'm looking for a pastry chef who can also run the bread. Would you be interested in a chat?\n" + SIG_W,
         "Pastry chef at Ember & Rye", folder=".Hiring"),
       M(SOFIA, W, "2026-11-22 22:05", "Hi Maja!\n\nWhat a lovely surprise, thank you. Yes, I'd be interested - I've wanted to do more bread for ages.\n\nBefore we meet, could you tell me the salary range and whether it's a four-day week?\n\nSofia\n",
         b64=True, folder=".Hiring"))

thread("owed", "The landlord's agent (malformed Date header) asks for the signed heads of terms back; unanswered.",
       M(CARL, W, "2026-11-26 16:47", "Hi Maja,\n\nThe landlord has agreed the six-month rent-free period. Revised heads of terms attached - could you sign and send them back so the solicitors can start on the lease?\n\nRegards,\nCarl Benson\nBrickfield Property Agents\n",
         "14 Jersey Street - heads of terms (revised)", date_raw="26/11/2026 16:47"))

thread("owed", "A wine importer's first mail has no Message-ID; his follow-up (which has one) asks whether I want the Sicilian samples for the tasting; unanswered.",
       M(LUCA, W, "2026-11-13 10:10", "Dear Maja,\n\nDev gave me your address. We import natural wines from Sicily and Puglia, small growers only. I attach our list.\n\nBest regards\nLuca Bianchi\nVini Bianchi Import Ltd\n",
         "Wine list for Ember & Rye", mid=None),
       M(LUCA, W, "2026-11-21 11:05", "Dear Maja,\n\nFollowing my last mail: shall I bring six samples to your tasting on 3 December? I need to know by Tuesday to get them from the bonded warehouse.\n\nBest regards\nLuca\n",
         "Re: Wine list for Ember & Rye", irt=None, refs=None))

thread("owed", "An investor thanks me for the tasting invitation and asks if she can bring her partner; unanswered.",
       M(W, RACHEL, "2026-11-28 12:00", "Dear Rachel,\n\nWe're doing a small tasting of the opening menu for friends and investors on Thursday 10 December, 7pm, at the site (hard hats optional). Would love you to come.\n" + SIG_W,
         "Tasting evening - 10 December", folder=".Investors"),
       M(RACHEL, W, "2026-11-28 13:26", "Thanks Maja! Can I bring my partner?\n\nRachel\n\nSent from my iPhone\n", folder=".Investors"))

thread("owed", "The butcher's one-line iPhone reply asks to move our meeting to Tuesday 10am; unanswered.",
       M(W, ROB, "2026-11-27 08:45", "Morning Rob,\n\nCould we meet at the shop on Monday at 9 to go through the whole-animal order?\n" + SIG_W,
         "Whole-animal order - meeting", folder=".Suppliers"),
       M(ROB, W, "2026-11-29 19:52", "Can you do Tues 10am instead?\n\nSent from my iPhone\n", folder=".Suppliers", unread=True))

thread("owed", "My old head chef forwards a food writer's request: would I talk to her? He waits for my yes to introduce us.",
       M(GRAHAM, I, "2026-11-24 20:31",
         "Maja - see below. Amy's lovely and writes well, she's doing a piece on chefs going it alone in the North. Would you talk to her? Say the word and I'll put you in touch.\n\nG\n\nBegin forwarded message:\n\nFrom: Amy Lowe <amy@amylowewrites.example>\nDate: 23 November 2026 at 18:02:11 GMT\nTo: Graham Pike <graham.pike@btinternet.example>\nSubject: Chefs opening their own places\n\nHi Graham,\n\nDo you know anyone who has just left a big kitchen to open their own place? I'd love to interview them for the Observer Food Monthly piece. Could you ask if they'd be up for it?\n\nAmy\n",
         "Fwd: Chefs opening their own places"))

thread("owed", "A restaurant-group owner's assistant writes for him asking whether 3 or 4 December works for a meeting; unanswered.",
       M(JEN, W, "2026-11-26 10:03", "Dear Maja,\n\nI'm writing on behalf of Marcus Hale, who enjoyed meeting you at the Manchester Food Awards. He would like to meet to discuss a possible investment in Ember & Rye.\n\nWould Thursday 3 December at 11:00 or Friday 4 December at 15:00 suit you, at our offices on King Street?\n\nKind regards,\nJen Whitaker\nExecutive Assistant to Marcus Hale\nHale Hospitality Group\n",
         "Meeting with Marcus Hale", cc=[MARCUS], folder=".Investors"))

thread("owed", "A former colleague in Stockholm offers, in Swedish, to do a guest weekend and asks which dates suit; unanswered.",
       M(ELIN, I, "2026-11-22 21:40", "Hej Maja!\n\nGrattis till restaurangen, så himla kul! Jag och Oskar skulle gärna komma över och laga en gästhelg hos er i vår, typ skånsk husmanskost möter Manchester. Vilka datum skulle passa er bäst, mars eller april?\n\nKram\nElin\n\nSkickat från min iPhone\n",
         "Gästhelg i vår?", unread=True))

thread("owed", "A hospitality recruiter approaches me for a head chef role; I owe even a short 'not looking'.",
       M(SAM, I, "2026-11-27 09:15", "Hi Maja,\n\nI hope you don't mind the direct approach. I'm working with a boutique hotel group opening in Harrogate next spring and they're looking for a Head Chef - £58-62k plus bonus. Your name came up more than once.\n\nWould you be open to a confidential chat this week?\n\nBest regards,\nSam Carter\nSenior Consultant, Plate Recruitment\n",
         "Head Chef opportunity - Harrogate"))

thread("owed", "A kitchen porter applicant who applied through Indeed writes directly to ask whether I received his application; unanswered.",
       M(JORDAN, W, "2026-11-24 17:22", "Hi,\n\nI applied for the kitchen porter job on Indeed two weeks ago and wanted to check you got my application. I'm available full time from January and I live ten minutes away. Is the job still open?\n\nThanks,\nJordan Reid\n",
         "Kitchen porter job", folder=".Hiring.Applicants"))

thread("owed", "The council's licensing officer asks for an amended premises plan showing the fire exits; unanswered.",
       M(W, GWEN, "2026-11-02 11:00", "Dear Ms Morris,\n\nPlease find attached our premises licence application for 14 Jersey Street, with the plan and the operating schedule.\n" + SIG_W,
         "Premises licence application - 14 Jersey Street"),
       M(GWEN, W, "2026-11-23 14:12", "Dear Ms Sandberg,\n\nThank you for your application. Before it can go out to consultation I need an amended plan that marks the fire exits and the fire-fighting equipment, as required by the regulations. Please could you send this by 7 December?\n\nYours sincerely,\nGwen Morris\nLicensing Officer, Manchester City Council\n"))

thread("owed", "The food-safety consultant thanks me for the HACCP plan and asks for the allergen matrix as well; unanswered.",
       M(W, FIONA, "2026-11-18 16:30", "Hi Fiona,\n\nHere's the draft HACCP plan as discussed. Shout if anything's missing.\n" + SIG_W, "HACCP plan draft"),
       M(FIONA, W, "2026-11-20 10:08", "Thanks Maja, that's a good start. Could you also send me the allergen matrix for the opening menu? I'd like to review both together before your EHO visit.\n\nFiona\n"))

thread("owed", "After her trial shift the candidate thanks me and asks when she will hear back; unanswered.",
       M(W, CHLOE, "2026-11-16 10:00", "Hi Chloe,\n\nThanks for applying for the chef de partie role. Could you come in for a trial shift on Saturday 21 November, 10am to 4pm, at my current kitchen (the Linden)?\n" + SIG_W,
         "Trial shift - chef de partie", folder=".Hiring"),
       M(CHLOE, W, "2026-11-16 18:40", "Hi Maja, yes that's perfect, see you Saturday. Chloe\n", folder=".Hiring"),
       M(CHLOE, W, "2026-11-23 09:05", "Hi Maja,\n\nThank you so much for Saturday, I really enjoyed it and learnt loads on the fermentation section. Do you have an idea when you'll be deciding? I have another offer I need to answer by Friday.\n\nBest wishes,\nChloe\n", folder=".Hiring"))

thread("owed", "The fish supplier's out-of-office came first (not an answer); his real reply later asks for our weekly volumes; unanswered.",
       M(W, IAIN, "2026-11-06 09:00", "Hi Iain,\n\nI'd like to set up an account for day-boat fish from February, three or four drops a week. What do you need from me?\n" + SIG_W,
         "New account - Ember & Rye", mid="<5b0c9e27-3f4a-4d6b-a1e8-7c2d90f3b612@emberandrye.example>", folder=".Suppliers"),
       M(IAIN, W, "2026-11-06 09:01", "I am out of the office until Monday 16 November with limited access to email. For urgent orders please call the office on 01631 555 010.\n\nIain McLeod\n",
         "Automatic reply: New account - Ember & Rye", headers=ooo_headers("auto"), folder=".Suppliers"),
       M(IAIN, W, "2026-11-17 07:30", "Morning Maja,\n\nBack now, sorry for the wait. Happy to set you up. Can you give me rough weekly volumes (kg) and whether you'd take whole fish or want them filleted? Then I'll send the credit application.\n\nIain\n", folder=".Suppliers",
         irt="<5b0c9e27-3f4a-4d6b-a1e8-7c2d90f3b612@emberandrye.example>", refs="<5b0c9e27-3f4a-4d6b-a1e8-7c2d90f3b612@emberandrye.example>", quote=False))

thread("owed", "A chef writes to our shared hello@ address asking whether we are hiring and how to apply; no one has answered.",
       M(ELLIE, HELLO, "2026-11-21 12:34", "Hello!\n\nI walked past the site on Jersey Street and saw the sign. I'm a commis chef (two years at Mana) looking for my next step. Are you hiring yet, and who should I send my CV to?\n\nThanks,\nEllie Brooks\n",
         "Are you hiring?", unread=True, headers=[("Delivered-To", "maja@emberandrye.example"), ("X-Original-To", "hello@emberandrye.example")]))

thread("owed", "A long thread with architect, shopfitter and Dev ends with the architect asking me directly for the gas-safe sign-off date.",
       M(JAMES, [W, DEV], "2026-11-03 09:00", "Maja, Dev,\n\nPlanning approved the shopfront. Next: building control on the kitchen. Nadia, I'm copying you in for the programme.\n\nJames\n", "Jersey St - programme to opening", cc=[NADIA]),
       M(NADIA, [JAMES], "2026-11-03 11:20", "Thanks James. We can start strip-out on 16 Nov if the keys are released. Programme attached.\n\nNadia\n", cc=[W, DEV]),
       M(W, [JAMES, NADIA], "2026-11-03 13:02", "Great news, thank you both. Keys are promised for the 13th.\n" + SIG_W, cc=[DEV]),
       M(DEV, [JAMES, NADIA], "2026-11-13 17:45", "Keys collected! All yours from Monday.\n\nDev\n", cc=[W]),
       M(NADIA, [JAMES], "2026-11-20 15:10", "Week 1 done, strip-out complete, asbestos survey clear. Photos attached.\n", cc=[W, DEV]),
       M(JAMES, [W], "2026-11-26 10:30", "Maja - building control will want the gas-safe sign-off for the range before they sign the kitchen off. What date has your engineer given you? I need it for the programme by Friday.\n\nJames\n", cc=[NADIA, DEV]))

thread("owed", "A draft reply to the designer sits unsent in Drafts; her question on the two wordmarks is still unanswered.",
       M(FREYA, W, "2026-11-24 14:00", "Hi Maja,\n\nHere are the two final wordmarks: the hand-drawn one and the stencil. Which one should I take forward for the signage and menus? The sign-maker needs artwork by 4 December.\n\nFreya\n\nSent from my iPad\n",
         "Ember & Rye - final wordmarks"),
       M(W, FREYA, "2026-11-25 22:10", "Hi Freya,\n\nI keep going back and forth. I think the stencil, but let me\n", folder=".Drafts", flags="D", quote=False))

thread("owed", "The butcher's new weekly-order question, same subject as the September thread but two months later; unanswered.",
       M(ROB, W, "2026-11-26 06:55", "Maja\n\nFor the opening weeks do you want the rib on the bone or boned and rolled? Need to tell the abattoir Monday.\n\nRob\n\nSent from my iPhone\n",
         "Weekly order", folder=".Suppliers"))

# ---------------------------------------------------------------- awaiting (17)

thread("awaiting", "I asked the catering-equipment supplier for a combi-oven quote; only his auto-reply came back.",
       M(W, MATT, "2026-11-23 10:20", "Hi Matt,\n\nCould you quote for a 10-grid combi oven (Rational or equivalent) with install and a five-year service plan?\n" + SIG_W,
         "Combi oven quote", folder=".Suppliers"),
       M(MATT, W, "2026-11-23 10:21", "Thank you for your email. I am currently on annual leave returning on 1 December. I will respond to your message on my return.\n\nMatt Lister\nLister Catering Equipment\n",
         "Automatic reply: Combi oven quote", headers=ooo_headers("auto"), folder=".Suppliers"))

thread("awaiting", "I asked the Polish mill for rye flour prices; only a Polish out-of-office without any auto-reply header came back.",
       M(W, MARTA, "2026-11-19 09:40", "Dear Ms Kowalczyk,\n\nWe met at the Taste of Poland fair. Could you send me trade prices for your type 2000 whole rye flour, delivered to Manchester, around 100 kg a month?\n" + SIG_W,
         "Rye flour - trade prices", folder=".Suppliers"),
       M(MARTA, W, "2026-11-19 10:41", "Dzień dobry,\n\nDziękuję za wiadomość. Jestem na urlopie do 2 grudnia i nie mam dostępu do poczty. W pilnych sprawach proszę kontaktować się z biuro@mlynzloty.example.\n\nPozdrawiam\nMarta Kowalczyk\nMłyn Złoty Sp. z o.o.\n",
         "ODP: Rye flour - trade prices", folder=".Suppliers"))

thread("awaiting", "I asked the Swedish cheesemaker for samples; her 'Autosvar:' out-of-office (no header) is not an answer.",
       M(W, KARIN, "2026-11-20 14:05", "Hej Karin,\n\nKan ni skicka prover på Västerbotten-stil och getosten till Manchester? Jag betalar frakten så klart.\n\nTack!\n" + SIG_W,
         "Prover till Manchester", folder=".Suppliers"),
       M(KARIN, W, "2026-11-20 15:06", "Hej,\n\nJag är tjänstledig till och med 7 december och läser inte min e-post. Vid brådskande ärenden, ring 0176-555 20.\n\nHälsningar\nKarin Lund\nSkärgårdsost\n",
         "Autosvar: Prover till Manchester", folder=".Suppliers"))

thread("awaiting", "The angel investor promised to talk to his partner and come back to me next week; nothing since.",
       M(W, OWEN, "2026-11-12 18:00", "Hi Owen,\n\nLovely to talk today. Here's the deck and the cash flow. Would you like to take up the £20k ticket we discussed?\n" + SIG_W,
         "Ember & Rye - following our call", folder=".Investors"),
       M(OWEN, W, "2026-11-18 20:15", "Maja, thanks for this, very clear. I need to run it past my wife (it's our joint pot) and I'll come back to you next week with a firm answer.\n\nOwen\n", folder=".Investors"))

thread("awaiting", "I offered the sous-chef job and asked for an answer by 4 December; no reply yet.",
       M(W, TOMASZ, "2026-11-25 16:00", "Hi Tomasz,\n\nThank you for Tuesday's trial - the whole team loved your broths. I'm delighted to offer you the sous-chef role at £38,000, starting 18 January. The written offer is attached.\n\nCould you let me know by Friday 4 December whether you accept?\n" + SIG_W,
         "Offer - Sous Chef, Ember & Rye", folder=".Hiring"))

thread("awaiting", "I asked my former executive chef for a written reference for the bank; he hasn't answered.",
       M(I, PETER, "2026-11-20 08:10", "Hi Peter,\n\nA favour: the bank wants a reference from a previous employer for the loan. Would you be willing to write a short letter? I can send you the points they need.\n\nThank you!\n" + SIG_P,
         "A small favour - reference for the bank"))

thread("awaiting", "I asked the council's business-support team about the start-up grant; only the automatic ticket receipt came back.",
       M(W, GRANTS, "2026-11-17 11:30", "Hello,\n\nCan a new restaurant that has not yet opened apply for the Kickstart capital grant, and is kitchen equipment eligible?\n" + SIG_W,
         "Kickstart capital grant - eligibility"),
       M(GRANTS, W, "2026-11-17 11:31", "Thank you for contacting Business Support. Your enquiry reference is BS-204871.\n\nWe aim to respond within 10 working days. This is an automated message; please do not reply to it.\n",
         "[BS-204871] Kickstart capital grant - eligibility", headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Ticket-ID", "BS-204871")]))

thread("awaiting", "My first mail to the farm bounced (wrong address); I resent it to the right one (a reply to my own sent copy) and have heard nothing.",
       M(W, SARA_BAD, "2026-11-16 09:00", "Hi Sarah,\n\nLovely to meet you at the farmers' market. Could you tell me what salad leaves and herbs you'll have from February, and whether you deliver into town?\n" + SIG_W,
         "Salad and herbs from February", mid="<f3a1c2d0-7d11-4c0a-9b55-1e2b6a0c4411@emberandrye.example>", folder=".Suppliers"),
       M(MAILER, W, "2026-11-16 09:01", "", "Undelivered Mail Returned to Sender", irt=None, refs=None, client="service",
         **dict(zip(("headers", "raw"), bounce_raw("b1", "Maja Sandberg <maja@emberandrye.example>", "sara@hollinfarm.example",
                                                   "<f3a1c2d0-7d11-4c0a-9b55-1e2b6a0c4411@emberandrye.example>", "Salad and herbs from February",
                                                   "Mon, 16 Nov 2026 09:00:14 +0000")))),
       M(W, SARAH, "2026-11-16 09:12", "Hi Sarah,\n\n(Resending - I had your address wrong.)\n\nLovely to meet you at the farmers' market. Could you tell me what salad leaves and herbs you'll have from February, and whether you deliver into town?\n" + SIG_W,
         irt="<f3a1c2d0-7d11-4c0a-9b55-1e2b6a0c4411@emberandrye.example>", refs="<f3a1c2d0-7d11-4c0a-9b55-1e2b6a0c4411@emberandrye.example>",
         quote=False, folder=".Suppliers"))

thread("awaiting", "I pitched the opening story to a food journalist and asked if she'd like a preview; no reply.",
       M(W, RUTH, "2026-11-24 11:15", "Dear Ruth,\n\nI'm the sous-chef at the Linden, leaving to open Ember & Rye, a 40-cover Nordic-meets-Northern restaurant in Ancoats, in February. Would you like to come to a preview lunch in early February, or talk for a piece before then?\n" + SIG_W,
         "New opening in Ancoats - Ember & Rye"))

thread("awaiting", "I asked Dev to confirm he has signed the card-terminal contract before the deadline; he hasn't answered.",
       M(W, DEV, "2026-11-27 17:30", "Dev,\n\nDid you sign the SumUp terminal contract? The intro rate ends on Tuesday. Can you confirm?\n\nM\n", "Card terminals - signed?"))

thread("awaiting", "I asked a Swedish jam maker, in Swedish, about wholesale and shipping; nothing back.",
       M(W, LISA, "2026-11-10 13:00", "Hej Lisa,\n\nJag har smakat er hjortronsylt och vill gärna ha den på desserten. Säljer ni i storpack till restauranger, och kan ni skicka till England?\n\nHälsningar\n" + SIG_W,
         "Hjortronsylt i storpack?", folder=".Suppliers"))

thread("awaiting", "I invited a commis applicant to a trial and asked her to confirm the date; no reply.",
       M(AISHA, W, "2026-11-18 20:00", "Hello,\n\nI'd like to apply for the commis chef position. CV attached. I'm finishing my level 3 at The Manchester College.\n\nAisha Khan\n",
         "Commis chef application", folder=".Hiring.Applicants"),
       M(W, AISHA, "2026-11-20 09:30", "Hi Aisha,\n\nThanks for applying. Could you come for a trial on Monday 7 December, 2-6pm? Please confirm and I'll send the address.\n" + SIG_W, folder=".Hiring.Applicants"))

thread("awaiting", "I chased the kitchen designer for the revised layout; a nudge draft sits unsent in Drafts, my sent chaser still waits.",
       M(W, BEN, "2026-11-11 10:00", "Hi Ben,\n\nCould you send the revised kitchen layout with the pass moved to the left? Nadia needs it.\n" + SIG_W, "Revised kitchen layout"),
       M(W, BEN, "2026-11-19 08:20", "Hi Ben, any news on the layout? Thanks\n" + SIG_W),
       M(W, BEN, "2026-11-27 22:40", "Ben, this is now holding up the steel order, I really need", folder=".Drafts", flags="D", quote=False))

thread("awaiting", "I sent the crowdfunding platform our campaign draft and asked when it can go live (filed in Investors too); no reply.",
       M(W, GEORGE, "2026-11-21 15:00", "Hi George,\n\nAttached is the draft of our Fork Fund campaign page. When could it go live? We'd like to launch on 1 December.\n" + SIG_W,
         "Campaign page draft", folder=".Investors"))

thread("awaiting", "The publisher's editor asked for a proposal; I sent it and asked about the acquisitions meeting; nothing since.",
       M(KATE, W, "2026-11-02 10:00", "Dear Maja,\n\nOlivia mentioned your book. I'd love to see a proposal when you have one - no rush.\n\nKate Fenwick\nCommissioning Editor, Hearth Books\n",
         "Your book", cc=[OLIVIA], folder=".Cookbook"),
       M(W, KATE, "2026-11-16 21:00", "Dear Kate,\n\nThank you! The proposal is attached. When is your next acquisitions meeting, and would you need anything else from me before it?\n" + SIG_W, cc=[OLIVIA], folder=".Cookbook"))

thread("awaiting", "The solicitor's iPhone one-liner says she will go through my questions with the landlord's side and come back; nothing since.",
       M(W, HANNAH, "2026-11-25 18:00", "Hi Hannah,\n\nThree questions on the draft lease: can the break clause be at year 5, who pays for the extraction flue, and can we assign to a new company?\n" + SIG_W,
         "Draft lease - three questions"),
       M(HANNAH, W, "2026-11-26 07:10", "Got it - I'll go through these with the landlord's solicitors and come back to you early next week.\n\nSent from my iPhone\n"))

thread("awaiting", "I asked the wholesale greens grower for her availability list; her reply quoted my question but only said she would check with the farm and come back.",
       M(W, PENNY, "2026-11-23 09:15", "Hi Penny,\n\nWhich microgreens and edible flowers could you supply through February and March?\n" + SIG_W, "Greens for Feb/March", folder=".Suppliers"),
       M(PENNY, W, "2026-11-23 19:40", "Hi Maja, I'll check with the growing team tomorrow what's sown for February and come back to you with a list.\n\nPenny\n", folder=".Suppliers"))

# ---------------------------------------------------------------- none (36)

thread("none", "Trade newsletter with List-Id and List-Unsubscribe.",
       M(CATERER, W, "2026-11-26 06:00", "THE CATERER DAILY\n\nOpenings: five new restaurants for Manchester in 2027\nWages: what the new minimum wage means for your brigade\n\nUnsubscribe: https://thecaterer.example/u\n",
         "Five new Manchester openings for 2027 | The Caterer Daily",
         headers=list_headers("<daily.thecaterer.example>", "<https://thecaterer.example/u/8827>")))

thread("none", "Till-system sales mail without any list header, written to look personal; it asks a question but is bulk marketing.",
       M(TILLPOINT, W, "2026-11-18 14:00", "", "Maja, is Ember & Rye ready for opening night?", html_only=True,
         html_body="<html><body><p>Hi Maja,</p><p>Opening a restaurant is stressful enough without a till that crashes on a Saturday night.</p><p>Would you have 15 minutes this week for a demo of TillPoint?</p><p>Josh<br>TillPoint POS</p><p style='font-size:9px'>TillPoint Ltd, 1 Commerce Way, Leeds. You're receiving this because you registered at the Northern Restaurant & Bar show. <a href='https://tillpoint.example/prefs'>Manage preferences</a></p></body></html>\n"))

thread("none", "Trade association bulletin with Precedence: bulk only.",
       M(UKHA, W, "2026-11-12 08:30", "Dear Member,\n\nThis week: business rates relief for hospitality, the new allergen guidance from the FSA, and our Christmas webinar programme.\n\nUKHospitality Members Team\n",
         "Members' bulletin - 12 November", headers=[("Precedence", "bulk")]))

thread("none", "A question asked to a chefs' mailing list (List-Id), not to me.",
       M(CHEFLIST, P("Northern Chefs", "northern-chefs@googlegroups.example"), "2026-11-25 22:00", "Hi all,\n\nDoes anyone have a good contact for a knife sharpening service in Greater Manchester? Ours has retired.\n\nPriti\n",
         "Knife sharpening in Greater Manchester?",
         headers=list_headers("Northern Chefs <northern-chefs.googlegroups.example>", "<mailto:northern-chefs+unsubscribe@googlegroups.example>", "list")))

thread("none", "A webshop's automatic order confirmation (Auto-Submitted).",
       M(SHOP, W, "2026-11-19 12:04", "Thank you for your order #BC-55102.\n\n2 x Banneton 1kg round\n1 x Couche linen 10m\n\nDelivery: Tuesday 24 November.\n",
         "Your order #BC-55102 is confirmed", headers=[("Auto-Submitted", "auto-generated")]))

thread("none", "My thank-you note to the foraging guide bounced; it asked nothing, so nothing waits.",
       M(W, HAMISH, "2026-11-09 20:00", "Hi Hamish,\n\nThank you so much for the foraging walk on Sunday and for the bag of ceps. I've dried half already!\n" + SIG_W,
         "Thank you!", mid="<9c0e6f1b-22a8-4b7e-8f6c-0d3c1a7e5b90@emberandrye.example>"),
       M(MAILER, W, "2026-11-09 20:01", "", "Undelivered Mail Returned to Sender", irt=None, refs=None, client="service",
         **dict(zip(("headers", "raw"), bounce_raw("b2", "Maja Sandberg <maja@emberandrye.example>", "hamish@wildfoodtours.example",
                                                   "<9c0e6f1b-22a8-4b7e-8f6c-0d3c1a7e5b90@emberandrye.example>", "Thank you!",
                                                   "Mon, 09 Nov 2026 20:00:31 +0000")))))

thread("none", "Companies House filing reminder from a no-reply address.",
       M(COMPANIES, W, "2026-11-03 07:00", "EMBER & RYE LTD (Company number 15882341)\n\nYour confirmation statement is due by 14 December 2026. File online at https://find-and-update.companieshouse.example\n\nDo not reply to this email.\n",
         "Confirmation statement due - EMBER & RYE LTD"))

thread("none", "Indeed notification of a new applicant (job-board notification).",
       M(INDEED, W, "2026-11-22 08:00", "", "New application: Chef de Partie - Molly Tran", client="service_html", folder=".Hiring.Applicants",
         html_body="<html><body><p>Molly Tran applied to your job <b>Chef de Partie</b>.</p><p>Do you want to interview Molly? <a href='https://employers.indeed.example/a/2'>Yes</a> | <a href='https://employers.indeed.example/a/3'>No</a></p></body></html>\n",
         headers=[("Auto-Submitted", "auto-generated")] + list_headers("", "<https://indeed.example/unsub>")))

thread("none", "LinkedIn notification that someone viewed my profile (social network).",
       M(LINKEDIN, I, "2026-11-28 09:00", "", "Maja, you appeared in 14 searches this week", client="service_html",
         html_body="<html><body><p>Maja, you appeared in 14 searches this week.</p><p>See who's looking: <a href='https://linkedin.example/me'>View</a></p></body></html>\n",
         headers=list_headers("", "<https://linkedin.example/unsub>")))

thread("none", "caterer.com job alert for head chef roles.",
       M(CATJOBS, I, "2026-11-29 06:00", "12 new jobs match 'Head Chef' near Manchester:\n\n- Head Chef, The Ivy Spinningfields\n- Head Chef, Hawksmoor\n\nManage alerts: https://caterer-jobs.example/alerts\n",
         "12 new Head Chef jobs near Manchester"))

thread("none", "The landlord's agent writes to my solicitor about the rent review clause with me only in Cc, asking nothing of me.",
       M(CARL, HANNAH, "2026-11-27 12:30", "Hannah,\n\nThe landlord's solicitors will send the rent review wording on Monday. Could you confirm you act for Ember & Rye Ltd and not Ms Sandberg personally?\n\nCarl\n",
         "14 Jersey Street - rent review wording", cc=[W]))

thread("none", "My short thanks ends the thread after the knife maker answered my question in full.",
       M(W, SVEN, "2026-11-05 21:00", "Hej Sven,\n\nHur lång leveranstid har ni på en 24 cm gyuto just nu?\n" + SIG_W, "Leveranstid gyuto"),
       M(SVEN, W, "2026-11-06 08:30", "Hej Maja!\n\nCirka sex veckor, så du har den i mitten av december om du beställer nu.\n\nSven\n\nSkickat från min iPhone\n"),
       M(W, SVEN, "2026-11-06 09:00", "Perfekt, tack så mycket!\n" + SIG_S))

thread("none", "I turned down the linen supplier's offer clearly ('I'll pass, thank you').",
       M(LINEN, W, "2026-11-10 10:00", "Hi Maja,\n\nCongratulations on the new restaurant. Could I send you our linen hire prices for napkins and chef whites?\n\nGareth Moss\nCrisp White Linen\n", "Linen hire for Ember & Rye"),
       M(W, LINEN, "2026-11-10 13:00", "Hi Gareth,\n\nThanks for thinking of us, but we're going without tablecloths and already have whites sorted, so I'll pass, thank you.\n" + SIG_W))

thread("none", "The VC declined clearly: 'we'll pass on this one'.",
       M(W, JULES, "2026-11-04 10:00", "Hi Jules,\n\nFollowing our chat, here's the deck for Ember & Rye. Would Armitage be interested in leading the round?\n" + SIG_W, "Ember & Rye deck", folder=".Investors"),
       M(JULES, W, "2026-11-13 16:20", "Hi Maja,\n\nThanks for sending this and for your time. Single-site restaurants are outside what our fund can do, so we'll pass on this one. Good luck with the opening - I'll come and eat.\n\nJules\n", folder=".Investors"))

thread("none", "The Polish forager says in Polish that they do not deliver outside Poland; a clear no.",
       M(W, PIOTR, "2026-10-20 10:00", "Hi Piotr,\n\nCould you supply dried ceps and chanterelles to a restaurant in Manchester, about 5 kg a month?\n" + SIG_W, "Dried mushrooms for Manchester", folder=".Suppliers"),
       M(PIOTR, W, "2026-10-21 08:15", "Dzień dobry Pani Maju,\n\nniestety nie wysyłamy za granicę - tylko na terenie Polski. Przykro mi i powodzenia z restauracją!\n\nPozdrawiam\nPiotr Zieliński\nGrzyby Leśne\n", folder=".Suppliers"))

thread("none", "The butcher's September 'Weekly order' thread ended with my thanks; the November one with the same subject is a new thread.",
       M(ROB, W, "2026-09-14 07:00", "Maja\n\nThis week's order for the Linden test dinner is ready for Thursday. 4 kg short rib, 2 kg ox cheek.\n\nRob\n\nSent from my iPhone\n", "Weekly order", folder=".Suppliers"),
       M(W, ROB, "2026-09-14 08:10", "Lovely, thanks Rob!\n" + SIG_S, folder=".Suppliers"))

thread("none", "The dairy confirms the trial delivery and needs nothing; the only question is in its e-mail disclaimer.",
       M(W, TOM, "2026-10-01 09:00", "Hi Tom,\n\nCould you drop a trial order of 5 kg butter at the Linden on Friday for our test menu?\n" + SIG_W, "Trial delivery Friday", folder=".Suppliers"),
       M(TOM, W, "2026-10-01 11:30", "Hi Maja,\n\nConfirmed for Friday before 8am. Nothing else needed from you.\n\nTom Ashworth\nPennine Dairy Co-op\n\nThis e-mail and any attachments are confidential. If you received it in error, could you please tell the sender and delete it? Pennine Dairy Co-op Ltd, registered in England no. 0044112.\n", folder=".Suppliers"))

thread("none", "The accountant's reply to my request is just 'see attached'; she answered and asks nothing.",
       M(W, ACCOUNT, "2026-11-24 08:30", "Hi Meera,\n\nCould you send me the draft opening balance sheet for the bank?\n" + SIG_W, "Opening balance sheet"),
       M(ACCOUNT, W, "2026-11-24 15:02", "See attached.\n\nMeera\n"))

thread("none", "Dev's one-line iPhone courtesy ends the thread.",
       M(W, DEV, "2026-11-22 18:00", "Dev, booked the deep clean for 8 Feb, 7am.\n\nM\n", "Deep clean booked"),
       M(DEV, W, "2026-11-22 18:05", "Perfect thanks\n\nSent from my iPhone\n"))

thread("none", "The herb grower answers my question in full (quoting it); nothing left to do.",
       M(W, SARAH, "2026-10-05 10:00", "Hi Sarah,\n\nDo you deliver on Tuesdays, and is there a minimum order?\n" + SIG_W, "Deliveries", folder=".Suppliers"),
       M(SARAH, W, "2026-10-05 19:30", "Hi Maja,\n\nYes, Tuesdays and Fridays from 7am, and the minimum is £40.\n\nSarah\n", folder=".Suppliers"))

thread("none", "I accepted the accountant's proposed time for a call; my acceptance asks nothing and is the last word.",
       M(ACCOUNT, W, "2026-11-25 09:40", "Hi Maja,\n\nWe should get the VAT registration done before you trade. Could we have a 30-minute call on Wednesday 2 December at 2pm or Thursday 3 December at 10am?\n\nMeera\n", "VAT registration call"),
       M(W, ACCOUNT, "2026-11-25 10:00", "Hi Meera,\n\nWednesday 2pm works.\n" + SIG_W))

thread("none", "The accountant's Google Calendar invitation for the time already agreed by mail (no thread headers); nothing to answer by mail.",
       M(ACCOUNT, W, "2026-11-25 10:20", "", "Invitation: VAT registration call @ Wed 2 Dec 2026 14:00 - 14:30 (GMT) (maja@emberandrye.example)",
         client="service", irt=None, refs=None,
         **dict(zip(("headers", "raw"), ics_raw("cal1", "REQUEST", "VAT registration call", "20261202T140000Z", "20261202T143000Z",
                                                "meera@joshiandco-accountants.example", "maja@emberandrye.example",
                                                "Meera Joshi has invited you to: VAT registration call\nWednesday 2 Dec 2026 14:00 - 14:30 (GMT)\n\nGoing? Yes - Maybe - No")))))

thread("none", "My business partner answered the supplier's question on my behalf; nothing left for me.",
       M(IAIN, W, "2026-10-12 09:00", "Hi Maja, is the delivery door on Jersey Street or round the back on Blossom Street?\n\nIain\n", "Delivery access", folder=".Suppliers"),
       M(DEV, IAIN, "2026-10-12 10:15", "Hi Iain, Dev here (Maja's business partner). Round the back on Blossom Street, the grey roller door. Ring 07700 900 112 on arrival.\n\nDev\n", cc=[W], folder=".Suppliers"))

thread("none", "I answered the pastry school's question in full; their auto-reply after it is not a new ask.",
       M(BETH, W, "2026-11-02 09:00", "Hi Maja, could you tell me which days you'd host our students for the placement?\n\nBeth Rowley\nPlacement coordinator, Manchester College\n", "Student placements"),
       M(W, BETH, "2026-11-02 12:00", "Hi Molly,\n\nWednesdays and Thursdays from March, two students at a time.\n" + SIG_W),
       M(BETH, W, "2026-11-02 12:01", "Hi, I'm out until Monday 9 November. For urgent matters contact placements@mcrcollege.example.\n\nBeth\n",
         "Automatic reply: Student placements", headers=ooo_headers("exchange")))

thread("none", "An SEO seller keeps writing after my clear no.",
       M(SEO, W, "2026-10-28 10:00", "Hi Maja,\n\nYour site isn't ranking for 'restaurant Ancoats'. Want me to fix that for £299/month?\n\nKyle\n", "Ranking for 'restaurant Ancoats'"),
       M(W, SEO, "2026-10-28 12:00", "Hi Kyle, no thank you, please don't contact me again.\n" + SIG_S),
       M(SEO, W, "2026-11-10 10:00", "Hi Maja, just circling back - still time to grab the November rate!\n\nKyle\n"),
       M(SEO, W, "2026-11-24 10:00", "Maja, last chance before prices go up. Shall I send the contract?\n\nKyle\n"))

thread("none", "A long thread with the architect ends with his 'thanks all, see you Thursday', which asks nothing.",
       M(JAMES, [W, DEV], "2026-10-14 09:00", "Both - can we meet on site to walk the kitchen layout? Thursday 22nd at 8?\n\nJames\n", "Site walk - kitchen layout", cc=[NADIA]),
       M(W, [JAMES], "2026-10-14 10:00", "Works for me.\n" + SIG_S, cc=[DEV, NADIA]),
       M(DEV, [JAMES], "2026-10-14 11:00", "Me too.\n\nDev\n", cc=[W, NADIA]),
       M(NADIA, [JAMES], "2026-10-15 08:00", "I'll be there with my site manager.\n\nNadia\n", cc=[W, DEV]),
       M(JAMES, [W, DEV, NADIA], "2026-10-15 09:00", "Thanks all, see you Thursday at 8.\n\nJames\n"))

thread("none", "Dev forwards a trade-waste contract FYI, saying no action needed.",
       M(DEV, W, "2026-11-16 14:00", "FYI - the waste contract is signed, copy below for your records. No action needed.\n\nDev\n\n---------- Forwarded message ---------\nFrom: Biffa Sales <sales@wastecollect.example>\nSubject: Your trade waste agreement\n\nPlease find your signed agreement attached.\n",
         "Fwd: Your trade waste agreement"))

thread("none", "A courier's automatic delivery-delay notice.",
       M(DPD, W, "2026-11-23 07:00", "Your parcel 1550 2288 4410 from Bake & Co Trade is delayed and will now arrive on Tuesday 24 November.\n\nThis is an automated notification.\n",
         "Your parcel is delayed", headers=[("Auto-Submitted", "auto-generated")]))

thread("none", "Instagram notification of a new follower (social network).",
       M(INSTA, I, "2026-11-29 21:00", "", "emberandrye_mcr: manchesterfoodie started following you", client="service_html",
         html_body="<html><body><p>manchesterfoodie started following you.</p><p><a href='https://instagram.example/'>See profile</a></p></body></html>\n"))

thread("none", "I turned down the trial candidate clearly and wished her luck; nothing owed either way.",
       M(W, P("Molly Tran", "molly.tran.chef@gmail.example", "gmail"), "2026-11-30 10:00", "Hi Molly,\n\nThank you for coming in for the trial. It was close, but we've decided to go with another candidate for the chef de partie role. I'll keep your CV for when we grow, and best of luck.\n" + SIG_W,
         "Chef de partie - decision", folder=".Hiring"))

thread("none", "My announcement to all suppliers (undisclosed recipients) of the opening date asks nothing.",
       M(W, SUPPLIERS_ALL, "2026-11-02 09:00", "Dear all,\n\nA quick note to say our opening date is now fixed: Friday 12 February 2027. First deliveries will be from Monday 8 February. Thank you all for your help so far.\n" + SIG_W,
         "Ember & Rye opens 12 February", to_raw="undisclosed-recipients:;", folder=".Suppliers"))

thread("none", "The Swedish knife maker's 'Tack så mycket!' ends the thread after I paid.",
       M(W, SVEN, "2026-11-25 19:00", "Hej Sven,\n\nNu har jag betalat fakturan för gyuton.\n" + SIG_W, "Faktura 2026-118"),
       M(SVEN, W, "2026-11-26 07:45", "Tack så mycket! Den skickas på måndag.\n\nSven\n\nSkickat från min iPhone\n"))

thread("none", "A card-payment receipt from a no-reply address.",
       M(SUMUP, W, "2026-11-27 13:00", "Thank you for your payment of £149.00 to SumUp (terminal bundle).\n\nThis email was sent from a notification-only address.\n", "Your SumUp receipt"))

thread("none", "The publisher's photo editor's courtesy reply, filed in both Inbox and Archive (a duplicate across folders).",
       M(W, ZOE, "2026-11-12 10:00", "Hi Zoe,\n\nThe photo list for the sample chapter is in the shared drive now.\n" + SIG_W, "Sample chapter photo list", folder=".Cookbook"),
       M(ZOE, W, "2026-11-12 11:00", "Lovely, thank you Maja.\n\nZoe\n", folder="", also_in=[".Archive"]))

thread("none", "I told a hospitality recruiter I'm not looking (my clear no).",
       M(CHEF_REC, I, "2026-10-06 09:00", "Hi Maja,\n\nAre you open to exploring an Executive Sous Chef position with a Michelin-starred group in London?\n\nLauren Shaw\nBrigade Recruitment\n", "Executive Sous Chef - London"),
       M(I, CHEF_REC, "2026-10-06 12:40", "Hi Lauren, thanks, but I'm not looking - I'm opening my own place in the new year.\n" + SIG_P))

thread("none", "The pastry candidate I approached last month withdrew: she accepted another job (their clear no).",
       M(W, CHLOE, "2026-09-10 10:00", "Hi Chloe,\n\nWould you be interested in the pastry role when we open?\n" + SIG_W, "Pastry role", folder=".Hiring"),
       M(CHLOE, W, "2026-09-12 10:00", "Hi Maja,\n\nThank you so much for thinking of me, but I've just accepted a job at Erst, so I'll have to say no this time.\n\nChloe\n", folder=".Hiring"))


# ---------------------------------------------------------------- writing


def main() -> None:
    if MAILDIR.exists():
        shutil.rmtree(MAILDIR)
    for folder in FOLDERS:
        for sub in ("cur", "new", "tmp"):
            (MAILDIR / folder / sub).mkdir(parents=True, exist_ok=True)
        if folder:
            (MAILDIR / folder / "maildirfolder").write_bytes(b"")
    (MAILDIR / "subscriptions").write_text("\n".join(f[1:] for f in FOLDERS if f) + "\n", encoding="utf-8")
    counter = 0
    labels = []
    now = dt.datetime.fromisoformat(NOW.replace("Z", "+00:00"))
    for tid, t in enumerate(THREADS, 1):
        times = [m.at for m in t["msgs"]]
        assert times == sorted(times) and times[-1] < now, f"thread {tid}: messages out of order or after now"
        done: list[M] = []
        for i, msg in enumerate(t["msgs"], 1):
            data = render(msg, i, done, tid)
            done.append(msg)
            head, body = data.split(b"\n\n", 1)
            for folder in [msg.folder, *msg.also_in]:
                counter += 1
                blob = data
                if folder != msg.folder:  # the copy filed elsewhere: delivery headers on top
                    extra = "".join(f"{k}: {v}\n" for k, v in msg.copy_headers).encode()
                    blob = extra + head + b"\n\n" + body
                name = f"{int(msg.at.timestamp())}.M{counter:03d}P{5100 + counter}.{HOST}"
                if msg.unread and not msg.sent:
                    path = MAILDIR / folder / "new" / name
                else:
                    flags = "RS" if not msg.sent and replied(t["msgs"][i:]) else msg.flags
                    path = MAILDIR / folder / "cur" / f"{name}:2,{flags}"
                path.write_bytes(blob)
        root = next(m.mid for m in t["msgs"] if m.mid)
        labels.append((root, t["expect"], t["why"]))
    for folder in FOLDERS:
        for sub in ("cur", "new", "tmp"):
            d = MAILDIR / folder / sub
            if not any(d.iterdir()):
                (d / ".gitkeep").write_bytes(b"")
    out = [
        '# Independent labelled corpus #7 (written blind). "me" = Maja Sandberg, a Swedish sous-chef in',
        "# Manchester opening her own restaurant (Ember & Rye): suppliers, investors and the bank, the lease,",
        "# hiring a kitchen brigade, a cookbook agent. Work address (Fastmail) and personal address (iCloud, iPhone).",
        f'me = ["{ME[0]}", "{ME[1]}"]',
        f'now = "{NOW}"',
    ]
    for root, expect, why in labels:
        out += ["", "[[thread]]", f'root = "{root}"', f'expect = "{expect}"',
                'why = "' + why.replace("\\", "\\\\").replace('"', '\\"') + '"']
    (HERE / "labels.toml").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
