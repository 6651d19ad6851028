// The email reader over messages the test writes itself (tests/support/TestMail.h): each shape
// of mail an FOI unit receives, the encodings of RFC 2047 and RFC 2231, and the limits that keep
// a crafted message from stalling the workbench.
#include "core/mail/EmailReader.h"
#include "core/mail/HtmlText.h"

#include "tests/support/TestMail.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

using namespace foi::core;

class TestEmailReader : public QObject
{
    Q_OBJECT

private:
    static EmailMessage readOk(const QByteArray &bytes)
    {
        const Result<EmailMessage> read = EmailReader(EmailLimits::standard()).read(bytes);
        if (!read)
            qFatal("the message did not read: %s", qPrintable(read.error().message));
        return *read;
    }

private slots:
    void plainRequestGivesItsHeadersAndBody()
    {
        const EmailMessage mail = readOk(testmail::plainRequest());
        QCOMPARE(mail.messageId, QStringLiteral("req-1@example.org"));
        QCOMPARE(mail.subject, QStringLiteral("Freedom of Information request: drones"));
        QCOMPARE(mail.from.name, QStringLiteral("Alex Jones"));
        QCOMPARE(mail.from.address, QStringLiteral("alex@example.org"));
        QVERIFY(mail.textBody.contains(QStringLiteral("1. How many drones")));
        QVERIFY(mail.attachments.isEmpty());
        QVERIFY(!mail.deliveryReport);
    }

    // The Act counts from receipt (s10(1)): the topmost Received header is the authority's own
    // server; the Date header is what the sender's computer said.
    void receivedHeaderAndDateAreBothRead()
    {
        const EmailMessage mail = readOk(testmail::plainRequest());
        QCOMPARE(mail.receivedAt.toUTC(),
                 QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc()));
        QCOMPARE(mail.sentAt.toUTC(),
                 QDateTime(QDate(2026, 10, 30), QTime(23, 59), QTimeZone::utc()));
    }

    void topmostReceivedHeaderIsTheLastHop()
    {
        const QByteArray bytes = testmail::message(
            "Received: from relay by mail.force.police.uk; Tue, 3 Nov 2026 08:15:00 +0000\n"
            "Received: from laptop by relay.example.org; Mon, 2 Nov 2026 22:00:00 +0000\n"
            "From: a@example.org\nSubject: x\n",
            testmail::textPart("Please send the policy."));
        QCOMPARE(readOk(bytes).receivedAt.toUTC(),
                 QDateTime(QDate(2026, 11, 3), QTime(8, 15), QTimeZone::utc()));
    }

    void noDateHeaderReadsWithAWarning()
    {
        const QByteArray bytes = testmail::message("From: Sam <sam@example.org>\nSubject: Request\n"
                                                   "Message-ID: <nodate@example.org>\n",
                                                   testmail::textPart("Please send the policy."));
        const EmailMessage mail = readOk(bytes);
        QVERIFY(!mail.sentAt.isValid());
        QVERIFY(!mail.receivedAt.isValid());
        QVERIFY(mail.warnings.join(u' ').contains(QStringLiteral("Date")));
    }

    void multipartAlternativeGivesThePlainText()
    {
        const QByteArray bytes = testmail::message(
            "From: a@example.org\nSubject: alt\n",
            testmail::multipart("alternative", "alt-1",
                                {testmail::textPart("The plain words."),
                                 testmail::htmlPart("<p>The <b>HTML</b> words.</p>")}));
        const EmailMessage mail = readOk(bytes);
        QCOMPARE(mail.textBody, QStringLiteral("The plain words."));
        QVERIFY(mail.htmlBody.contains(QStringLiteral("<b>HTML</b>")));
        QVERIFY(mail.attachments.isEmpty());
    }

    void nestedMultipartGivesBodyAndAttachments()
    {
        const QByteArray alternative =
            testmail::multipart("alternative", "inner",
                                {testmail::textPart("See the attached letter."),
                                 testmail::htmlPart("<p>See the attached letter.</p>")});
        const QByteArray related = testmail::multipart(
            "related", "middle",
            {alternative, testmail::attachmentPart("image/png", "filename=\"logo.png\"", "PNG")});
        const QByteArray bytes = testmail::message(
            "From: a@example.org\nSubject: nested\n",
            testmail::multipart(
                "mixed", "outer",
                {related, testmail::attachmentPart("application/pdf", "filename=\"letter.pdf\"",
                                                   "%PDF-1.4 letter")}));
        const EmailMessage mail = readOk(bytes);
        QCOMPARE(mail.textBody, QStringLiteral("See the attached letter."));
        QCOMPARE(mail.attachments.size(), 2);
        QCOMPARE(mail.attachments.at(0).fileName, QStringLiteral("logo.png"));
        QCOMPARE(mail.attachments.at(1).fileName, QStringLiteral("letter.pdf"));
        QCOMPARE(mail.attachments.at(1).mediaType, QStringLiteral("application/pdf"));
        QCOMPARE(mail.attachments.at(1).content, QByteArray("%PDF-1.4 letter"));
    }

    void encodedFileNamesAreDecoded_data()
    {
        QTest::addColumn<QByteArray>("parameter");
        QTest::addColumn<QString>("expected");
        QTest::newRow("RFC 2231") << QByteArray("filename*=UTF-8''Ymateb%20%C5%B5.pdf")
                                  << QStringLiteral("Ymateb ŵ.pdf");
        QTest::newRow("RFC 2231 continued")
            << QByteArray("filename*0*=UTF-8''Cais%20; filename*1*=Rhyddid.pdf")
            << QStringLiteral("Cais Rhyddid.pdf");
        QTest::newRow("RFC 2047 in quotes (Outlook)")
            << QByteArray("filename=\"=?ISO-8859-1?Q?Caf=E9_menu.pdf?=\"")
            << QStringLiteral("Café menu.pdf");
        QTest::newRow("a path is cut to its name")
            << QByteArray("filename=\"..\\\\..\\\\Windows\\\\evil.exe\"")
            << QStringLiteral("evil.exe");
        QTest::newRow("no name") << QByteArray("size=3") << QStringLiteral("attachment-1.pdf");
    }

    void encodedFileNamesAreDecoded()
    {
        QFETCH(QByteArray, parameter);
        QFETCH(QString, expected);
        const QByteArray bytes = testmail::message(
            "From: a@example.org\nSubject: names\n",
            testmail::multipart("mixed", "b",
                                {testmail::textPart("Attached."),
                                 testmail::attachmentPart("application/pdf", parameter, "%PDF")}));
        const EmailMessage mail = readOk(bytes);
        QCOMPARE(mail.attachments.size(), 1);
        QCOMPARE(mail.attachments.constFirst().fileName, expected);
    }

    // RFC 2047 section 6.2: adjacent encoded words are joined without the space between them.
    void encodedWordsInHeadersAreDecoded()
    {
        const QByteArray bytes =
            testmail::message("From: =?UTF-8?Q?Si=C3=A2n_Jones?= <sian@example.cymru>\n"
                              "Reply-To: =?ISO-8859-1?Q?Ren=E9e?= <renee@example.org>\n"
                              "Subject: =?UTF-8?B?Q2FpcyBSaHlkZGlkIEd3eWJvZGFldGgg4oCTIMW1eXI=?= "
                              "=?ISO-8859-1?Q?_Caf=E9?=\n",
                              testmail::textPart("Diolch."));
        const EmailMessage mail = readOk(bytes);
        QCOMPARE(mail.subject, QStringLiteral("Cais Rhyddid Gwybodaeth – ŵyr Café"));
        QCOMPARE(mail.from.name, QStringLiteral("Siân Jones"));
        QCOMPARE(mail.replyTo.name, QStringLiteral("Renée"));
        QCOMPARE(mail.replyTo.address, QStringLiteral("renee@example.org"));
    }

    void eightBitHeadersAreRead_data()
    {
        QTest::addColumn<QByteArray>("subject");
        QTest::addColumn<QString>("expected");
        QTest::newRow("raw UTF-8")
            << QByteArray("Cais \xe2\x80\x93 \xc5\xb5yr") << QStringLiteral("Cais – ŵyr");
        QTest::newRow("raw Windows-1252")
            << QByteArray("Caf\xe9 \x96 menu") << QStringLiteral("Café – menu");
    }

    void eightBitHeadersAreRead()
    {
        QFETCH(QByteArray, subject);
        QFETCH(QString, expected);
        const QByteArray bytes = testmail::message(
            "From: a@example.org\nSubject: " + subject + "\n", testmail::textPart("Body."));
        QCOMPARE(readOk(bytes).subject, expected);
    }

    void latin1BodyIsConverted()
    {
        const QByteArray bytes =
            testmail::message("From: a@example.org\nSubject: x\n",
                              testmail::textPart("Caf\xe9 receipts", "iso-8859-1"));
        QCOMPARE(readOk(bytes).textBody, QStringLiteral("Café receipts"));
    }

    void htmlOnlyMailGivesItsHtmlAndReadableText()
    {
        const QByteArray bytes = testmail::message(
            "From: a@example.org\nSubject: html\n",
            testmail::htmlPart("<html><head><style>p{color:red}</style></head><body>"
                               "<p>1. How many&nbsp;cars?</p><p>2. Their cost?</p>"
                               "<img src=\"file:///etc/passwd\"></body></html>"));
        const EmailMessage mail = readOk(bytes);
        QVERIFY(mail.textBody.isEmpty());
        const QString text = HtmlText::toPlainText(mail.htmlBody);
        QVERIFY2(text.startsWith(QStringLiteral("1. How many cars?\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("2. Their cost?")));
        QVERIFY(!text.contains(QStringLiteral("color")));
        QVERIFY(!text.contains(QStringLiteral("root:")));
    }

    void forwardedMessageIsReadAsEnclosed()
    {
        const QByteArray original = testmail::message(
            "From: Pat Requester <pat@example.org>\nSubject: Request for CCTV policy\n"
            "Date: Mon, 2 Nov 2026 10:00:00 +0000\nMessage-ID: <orig@example.org>\n",
            testmail::textPart("Please send your CCTV policy."));
        const QByteArray bytes = testmail::message(
            "From: Colleague <colleague@force.police.uk>\nSubject: Fwd: Request for CCTV policy\n",
            testmail::multipart("mixed", "fwd",
                                {testmail::textPart("Forwarding this FOI request to you."),
                                 testmail::part("Content-Type: message/rfc822\n", original)}));
        const EmailMessage mail = readOk(bytes);
        QCOMPARE(mail.enclosed.size(), std::size_t(1));
        const EmailMessage &inner = mail.enclosed.front();
        QCOMPARE(inner.from.address, QStringLiteral("pat@example.org"));
        QCOMPARE(inner.subject, QStringLiteral("Request for CCTV policy"));
        QCOMPARE(inner.textBody, QStringLiteral("Please send your CCTV policy."));
        QVERIFY(!mail.deliveryReport);
    }

    void bounceIsADeliveryReport()
    {
        const QByteArray original = testmail::message(
            "From: foi@force.police.uk\nTo: gone@example.org\nSubject: Your request 12_26\n"
            "Message-ID: <reply-12@force.police.uk>\n",
            testmail::textPart("Our reply."));
        const QByteArray bytes = testmail::message(
            "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\n"
            "Subject: Undelivered Mail Returned to Sender\n",
            testmail::multipart(
                "report", "bounce",
                {testmail::textPart("The mail could not be delivered."),
                 testmail::part("Content-Type: message/delivery-status\n",
                                "Reporting-MTA: dns; mx.example.org\n\n"
                                "Final-Recipient: rfc822; gone@example.org\nAction: failed\n"
                                "Status: 5.1.1\n"),
                 testmail::part("Content-Type: message/rfc822\n", original)},
                "; report-type=delivery-status"));
        const EmailMessage mail = readOk(bytes);
        QVERIFY(mail.deliveryReport);
        QVERIFY(mail.attachments.isEmpty());
        QCOMPARE(mail.enclosed.size(), std::size_t(1));
        QCOMPARE(mail.enclosed.front().messageId, QStringLiteral("reply-12@force.police.uk"));
    }

    void twentyMegabyteAttachmentIsRead()
    {
        const QByteArray big(20 * 1024 * 1024, 'x');
        const QByteArray bytes = testmail::message(
            "From: a@example.org\nSubject: big\n",
            testmail::multipart(
                "mixed", "big",
                {testmail::textPart("The data you asked about."),
                 testmail::attachmentPart("text/csv", "filename=\"data.csv\"", big)}));
        QVERIFY(bytes.size() > 25 * 1024 * 1024);
        const EmailMessage mail = readOk(bytes);
        QCOMPARE(mail.attachments.size(), 1);
        QCOMPARE(mail.attachments.constFirst().content.size(), big.size());
    }

    void referencesAndInReplyToAreListed()
    {
        const QByteArray bytes =
            testmail::message("From: request-123-abc@whatdotheyknow.com\nSubject: Re: FOI\n"
                              "In-Reply-To: <ack-7@force.police.uk>\n"
                              "References: <req-1@example.org>\n <ack-7@force.police.uk>\n",
                              testmail::textPart("Thanks."));
        const EmailMessage mail = readOk(bytes);
        QCOMPARE(mail.inReplyTo, QStringLiteral("ack-7@force.police.uk"));
        QCOMPARE(mail.references, (QStringList{QStringLiteral("req-1@example.org"),
                                               QStringLiteral("ack-7@force.police.uk")}));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray("\n\n") << QStringLiteral("email.empty");
        QTest::newRow("not an email")
            << QByteArray("%PDF-1.4\n\x01\x02 binary\n") << QStringLiteral("email.not_email");
        QByteArray deep = "From: a@example.org\nSubject: deep\nMIME-Version: 1.0\n";
        for (int i = 0; i < 50; ++i)
            deep += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) +
                    "\"\n\n--b" + QByteArray::number(i) + "\n";
        deep += "Content-Type: text/plain\n\nx\n";
        QTest::newRow("50 levels deep") << deep << QStringLiteral("email.too_deep");
        QByteArray many = "From: a@example.org\nSubject: many\nMIME-Version: 1.0\n";
        for (int i = 0; i < 300; ++i)
            many += "Content-Type: multipart/mixed; boundary=\"c" + QByteArray::number(i) +
                    "\"\n\n--c" + QByteArray::number(i) + "\n";
        QTest::newRow("300 containers") << many << QStringLiteral("email.too_many_parts");
    }

    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QElapsedTimer timer;
        timer.start();
        const Result<EmailMessage> read = EmailReader(EmailLimits::standard()).read(bytes);
        QVERIFY(!read);
        QCOMPARE(read.error().code, code);
        QVERIFY(!read.error().message.isEmpty());
    }

    void messageOverTheLimitIsRefusedWithItsSize()
    {
        EmailLimits limits = EmailLimits::standard();
        limits.maxMessageBytes = 1024 * 1024;
        const QByteArray bytes = testmail::message(
            "From: a@example.org\nSubject: big\n",
            testmail::multipart(
                "mixed", "big",
                {testmail::attachmentPart("application/octet-stream", "filename=\"x.bin\"",
                                          QByteArray(2 * 1024 * 1024, 'x'))}));
        const Result<EmailMessage> read = EmailReader(limits).read(bytes);
        QVERIFY(!read);
        QCOMPARE(read.error().code, QStringLiteral("email.too_large"));
        QVERIFY(read.error().message.contains(QStringLiteral("up to 1 MiB")));
    }

    void tooManyPartsIsRefused()
    {
        EmailLimits limits = EmailLimits::standard();
        limits.maxParts = 10;
        QList<QByteArray> parts;
        for (int i = 0; i < 20; ++i)
            parts.append(testmail::attachmentPart("text/plain", "filename=\"f.txt\"", "x"));
        const QByteArray bytes = testmail::message("From: a@example.org\nSubject: many\n",
                                                   testmail::multipart("mixed", "m", parts));
        const Result<EmailMessage> read = EmailReader(limits).read(bytes);
        QVERIFY(!read);
        QCOMPARE(read.error().code, QStringLiteral("email.too_many_parts"));
    }
};

QTEST_MAIN(TestEmailReader)
#include "tst_email_reader.moc"
