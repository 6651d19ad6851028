#!/usr/bin/env python3
"""Writes the seed corpus of the email_reader fuzz target (tests/fuzz/corpus/email_reader).

Each seed is a small message of a shape the intake meets (plain, multipart/alternative, nested
multipart, RFC 2047 and RFC 2231 names, a forward, a bounce, 8-bit headers, no Date, HTML only,
a WhatDoTheyKnow follow-up), written here line by line so that nothing in the corpus is of
unknown origin. Run: python3 tests/fuzz/make_email_seeds.py
"""
import base64
from pathlib import Path

OUT = Path(__file__).resolve().parent / "corpus" / "email_reader"
RECEIVED = b"Received: from mx.example.org by mail.force.police.uk; Mon, 2 Nov 2026 09:00:00 +0000\n"


def message(headers: bytes, content: bytes) -> bytes:
    return headers + b"MIME-Version: 1.0\n" + content


def part(headers: bytes, body: bytes) -> bytes:
    return headers + b"\n" + body


def text(body: bytes, charset: bytes = b"utf-8") -> bytes:
    return part(b"Content-Type: text/plain; charset=" + charset + b"\n", body)


def html(body: bytes) -> bytes:
    return part(b"Content-Type: text/html; charset=utf-8\n", body)


def attachment(media: bytes, name: bytes, content: bytes) -> bytes:
    return part(b"Content-Type: " + media + b"\nContent-Transfer-Encoding: base64\n"
                b"Content-Disposition: attachment; " + name + b"\n",
                base64.encodebytes(content))


def multipart(subtype: bytes, boundary: bytes, parts, extra: bytes = b"") -> bytes:
    body = b"".join(b"--" + boundary + b"\n" + p + b"\n" for p in parts) + b"--" + boundary + b"--\n"
    return part(b"Content-Type: multipart/" + subtype + b"; boundary=\"" + boundary + b"\"" +
                extra + b"\n", body)


REQUEST = (b"From: Alex Jones <alex@example.org>\nTo: foi@force.police.uk\n"
           b"Subject: Freedom of Information request: drones\n"
           b"Date: Fri, 30 Oct 2026 23:59:00 +0000\nMessage-ID: <req-1@example.org>\n")
QUESTIONS = b"Dear FOI team,\n\n1. How many drones?\n2. What did they cost?\n\nAlex Jones\n"

SEEDS = {
    "plain.eml": message(RECEIVED + REQUEST, text(QUESTIONS)),
    "alternative.eml": message(REQUEST, multipart(b"alternative", b"a1", [
        text(QUESTIONS), html(b"<ol><li>How many drones?</li><li>Cost?</li></ol>")])),
    "nested.eml": message(REQUEST, multipart(b"mixed", b"m1", [
        multipart(b"related", b"r1", [
            multipart(b"alternative", b"a1", [text(b"See attached."), html(b"<p>See attached.</p>")]),
            attachment(b"image/png", b"filename=\"logo.png\"", b"\x89PNG\r\n")]),
        attachment(b"application/pdf", b"filename*=UTF-8''Ymateb%20%C5%B5.pdf", b"%PDF-1.4\n")])),
    "encoded-names.eml": message(
        b"From: =?UTF-8?Q?Si=C3=A2n_Jones?= <sian@example.cymru>\n"
        b"Subject: =?UTF-8?B?Q2FpcyBSaHlkZGlkIEd3eWJvZGFldGgg4oCTIMW1eXI=?= =?ISO-8859-1?Q?_Caf=E9?=\n",
        multipart(b"mixed", b"n1", [text(b"Diolch."),
                                    attachment(b"application/pdf",
                                               b"filename=\"=?ISO-8859-1?Q?Caf=E9.pdf?=\"", b"%PDF"),
                                    attachment(b"text/plain",
                                               b"filename*0*=UTF-8''Cais%20; filename*1*=Rhyddid.txt",
                                               b"x")])),
    "forwarded.eml": message(b"From: Colleague <c@force.police.uk>\nSubject: Fwd: CCTV policy\n",
                             multipart(b"mixed", b"f1", [
                                 text(b"For the FOI team."),
                                 part(b"Content-Type: message/rfc822\n",
                                      message(b"From: Pat <pat@example.org>\nSubject: CCTV policy\n",
                                              text(b"Please send your CCTV policy.")))])),
    "bounce.eml": message(b"From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail\n",
                          multipart(b"report", b"b1", [
                              text(b"Delivery failed."),
                              part(b"Content-Type: message/delivery-status\n",
                                   b"Reporting-MTA: dns; mx.example.org\n\nStatus: 5.1.1\n"),
                              part(b"Content-Type: message/rfc822\n",
                                   message(b"From: foi@force.police.uk\nSubject: Your request 12_26\n",
                                           text(b"Our reply.")))],
                              b"; report-type=delivery-status")),
    "eight-bit.eml": message(b"From: Ren\xc3\xa9e <renee@example.org>\nSubject: Caf\xe9 \x96 menu\n",
                             text(b"Caf\xe9 receipts", b"iso-8859-1")),
    "no-date.eml": message(b"From: Sam <sam@example.org>\nSubject: Request\n", text(b"Please send the policy.")),
    "html-only.eml": message(RECEIVED + REQUEST,
                             html(b"<p>Dear team,</p><ol><li>How many horses?</li></ol>"
                                  b"<img src=\"file:///etc/passwd\">")),
    "whatdotheyknow-follow-up.eml": message(
        RECEIVED + b"From: Robin Hall <request-123456-a1b2c3d4@whatdotheyknow.com>\n"
        b"Subject: Internal review of Freedom of Information request - Speed cameras\n"
        b"In-Reply-To: <ack-7@force.police.uk>\nReferences: <foi-request-123456@whatdotheyknow.com>\n"
        b" <ack-7@force.police.uk>\n",
        text(b"I am not satisfied with your answer.\n\n> if you are dissatisfied...\n")),
    "broken-boundary.eml": message(REQUEST, b"Content-Type: multipart/mixed; boundary=\"x\"\n\n"
                                            b"--x\nContent-Type: text/plain\n\nunterminated\n--y\n"),
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in SEEDS.items():
        (OUT / name).write_bytes(data)


if __name__ == "__main__":
    main()
