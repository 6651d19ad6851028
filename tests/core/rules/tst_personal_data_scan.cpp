#include "core/model/DisclosureLogEntry.h"
#include "core/rules/DisclosureLogDraft.h"
#include "core/rules/PersonalDataScan.h"

#include <QTest>

using namespace foi::core;
using namespace Qt::StringLiterals;

// The disclosure log's personal-data scan and the rules of an entry (issue 18 point 5). Every
// row is about FOIA s40(2) (personal data of someone other than the requester is exempt) and
// UK GDPR Art 5(1)(c) (data minimisation): nothing that identifies the requester, and no
// contact detail of anyone, reaches the published log unless an officer kept it with a reason.
class TestPersonalDataScan : public QObject
{
    Q_OBJECT

private:
    static Requester requester()
    {
        Requester r;
        r.name = u"Mrs Harriet O'Connor-Blythe"_s;
        r.email = u"h.oconnor@example.org"_s;
        r.addressForCorrespondence = u"Flat 2, 17 Larch Grove\nHuddersfield\nHD1 4QT"_s;
        return r;
    }

    static QStringList kinds(const QList<PersonalDataHit> &hits)
    {
        QStringList codes;
        for (const PersonalDataHit &hit : hits)
            codes.append(personalDataKindCode(hit.kind) + u':' + hit.text);
        return codes;
    }

    static Case closedCase(const QString &requestText)
    {
        Case c;
        c.reference = u"FOI-2026-0042"_s;
        c.title = u"Speed cameras on the A62"_s;
        c.dateOfReceipt = QDate(2026, 3, 2);
        c.requester = requester();
        c.requestText = requestText;
        Question q;
        q.id = u"Q1"_s;
        q.text = u"How many cameras?"_s;
        q.determination.holding = Holding::Held;
        q.determination.communication = Communication::InFull;
        c.questions.append(q);
        SentLetter letter;
        letter.version = 1;
        letter.sentOn = QDate(2026, 3, 20);
        letter.decision = {u"Dear Mrs O'Connor-Blythe,"_s,
                           u"We hold the information. Call our team on 01484 221000."_s};
        c.reply.sent.append(letter);
        return c;
    }

private slots:
    void findsEachKind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        // s40(2) / Art 5(1)(c): the requester's name, whole or in part, in any case.
        QTest::newRow("full name") << u"From Harriet O'Connor-Blythe, a resident."_s
                                   << QStringList{u"requester-name:Harriet O'Connor-Blythe"_s};
        QTest::newRow("name split across lines")
            << u"Yours sincerely,\nHarriet\n   O'Connor-Blythe\n"_s
            << QStringList{u"requester-name:Harriet\n   O'Connor-Blythe"_s};
        QTest::newRow("name in capitals")
            << u"SIGNED: HARRIET O'CONNOR-BLYTHE"_s
            << QStringList{u"requester-name:HARRIET O'CONNOR-BLYTHE"_s};
        QTest::newRow("surname alone after a title")
            << u"Dear Mrs o'connor-blythe,"_s << QStringList{u"requester-name:o'connor-blythe"_s};
        QTest::newRow("a title alone is not a name") << u"Dear Mrs Jones,"_s << QStringList();
        // s40(2): the requester's email, address lines and postcode.
        QTest::newRow("requester's email in capitals")
            << u"Reply to H.OCONNOR@EXAMPLE.ORG please"_s
            << QStringList{u"requester-email:H.OCONNOR@EXAMPLE.ORG"_s};
        QTest::newRow("address line across a break")
            << u"I live at 17 Larch\nGrove, near the park."_s
            << QStringList{u"requester-address:17 Larch\nGrove"_s};
        QTest::newRow("requester's postcode without its space")
            << u"postcode hd14qt"_s << QStringList{u"requester-postcode:hd14qt"_s};
        QTest::newRow("a town alone is not the address")
            << u"Huddersfield Town Hall"_s << QStringList();
        // Art 5(1)(c): anyone's contact details.
        QTest::newRow("someone else's email") << u"Copy to j.bloggs@council.gov.uk."_s
                                              << QStringList{u"email:j.bloggs@council.gov.uk"_s};
        QTest::newRow("mobile number")
            << u"Ring 07700 900123 after six"_s << QStringList{u"phone:07700 900123"_s};
        QTest::newRow("international form with (0)")
            << u"Tel +44 (0)20 7946 0958."_s << QStringList{u"phone:+44 (0)20 7946 0958"_s};
        QTest::newRow("area code in brackets")
            << u"on (0113) 496 0000"_s << QStringList{u"phone:(0113) 496 0000"_s};
        QTest::newRow("someone else's postcode")
            << u"the depot at LS9 8AB"_s << QStringList{u"postcode:LS9 8AB"_s};
        QTest::newRow("section numbers are not postcodes")
            << u"exempt under s40 2nd limb and s12 3AB? no: s31(1)(a)"_s << QStringList();
        QTest::newRow("a year and a count are not phones")
            << u"In 2025 there were 1234 stops."_s << QStringList();
    }

    void findsEachKind()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(kinds(PersonalDataScan::scan(text, u"request"_s, requester())), expected);
    }

    // s40(2): an email that is also the requester's is one hit, of the requester's kind.
    void overlappingMatchesAreOneRequesterHit()
    {
        const auto hits = PersonalDataScan::scan(u"Write to h.oconnor@example.org today"_s,
                                                 u"reply"_s, requester());
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].kind, PersonalDataKind::RequesterEmail);
        QCOMPARE(hits[0].id, u"reply-1"_s);
    }

    // s40(2): a surname of several words is one hit, its one-letter particle included (found
    // by tst_disclosure_log_property, seed 20261207).
    void surnameOfSeveralWordsIsOneHit()
    {
        Requester r;
        r.name = u"Siân Ó Súilleabháin"_s;
        const auto hits = PersonalDataScan::scan(u"Dear Ms Ó SÚILLEABHÁIN,"_s, u"reply"_s, r);
        QCOMPARE(kinds(hits), QStringList{u"requester-name:Ó SÚILLEABHÁIN"_s});
    }

    // Art 5(1)(c): what is not kept is replaced by a visible marker; what is kept stays.
    void redactionReplacesAllButKept()
    {
        const QString text = u"Call 07700 900123 or write to a.b@example.com."_s;
        auto hits = PersonalDataScan::scan(text, u"request"_s, requester());
        QCOMPARE(hits.size(), 2);
        hits[1].decision = HitDecision::Keep;
        QCOMPARE(PersonalDataScan::redacted(text, u"request"_s, hits),
                 u"Call [redacted: personal data] or write to a.b@example.com."_s);
    }

    // s40(2): the requester's details never enter the entry, not even in its stored texts, and
    // its outcome is in the Cabinet Office's words.
    void preparedEntryHoldsNoRequesterDetail()
    {
        const Case c = closedCase(u"From: Harriet O'Connor-Blythe <h.oconnor@example.org>\n"
                                  "17 Larch Grove, HD1 4QT\nHow many speed cameras?"_s);
        const auto entry =
            DisclosureLogDraft::prepare(c, {}, 1, u"Jo Officer"_s, QDate(2026, 4, 1));
        QVERIFY(entry.ok());
        for (const QString &detail : {u"harriet"_s, u"o'connor"_s, u"h.oconnor@example.org"_s,
                                      u"larch grove"_s, u"hd1 4qt"_s}) {
            QVERIFY2(!entry->requestText.contains(detail, Qt::CaseInsensitive), qPrintable(detail));
            QVERIFY2(!entry->replyText.contains(detail, Qt::CaseInsensitive), qPrintable(detail));
            for (const PersonalDataHit &hit : entry->hits)
                QVERIFY(!hit.text.contains(detail, Qt::CaseInsensitive));
        }
        QCOMPARE(entry->outcome, u"Granted in full"_s);
        QCOMPARE(entry->answered, QDate(2026, 3, 20));
        // The authority's phone number is left to the officer.
        QStringList open;
        for (const PersonalDataHit &hit : entry->hits)
            if (hit.decision == HitDecision::Unresolved)
                open.append(hit.id + u':' + hit.text);
        QCOMPARE(open, QStringList{u"reply-2:01484 221000"_s});
        const Status publishable = DisclosureLogDraft::checkResolved(*entry);
        QCOMPARE(publishable.error().code, u"disclosure-log.unresolved-hit"_s);
        QVERIFY(publishable.error().message.contains(u"FOI-2026-0042"_s));
        QVERIFY(publishable.error().message.contains(u"reply-2"_s));
    }

    // s40(2): a requester's own detail may not be kept; a third party's only with a reason.
    void keepingIsRefusedForTheRequesterAndNeedsAReason()
    {
        const Case c = closedCase(u"From Harriet O'Connor-Blythe"_s);
        auto entry = DisclosureLogDraft::prepare(c, {}, 1, u"Jo Officer"_s, QDate(2026, 4, 1));
        QVERIFY(entry.ok());
        QCOMPARE(DisclosureLogDraft::resolve(*entry, u"request-1"_s, HitDecision::Keep, u"x"_s)
                     .error()
                     .code,
                 u"disclosure-log.keep-requester"_s);
        QCOMPARE(DisclosureLogDraft::resolve(*entry, u"reply-2"_s, HitDecision::Keep, u" "_s)
                     .error()
                     .code,
                 u"disclosure-log.reason-missing"_s);
        QCOMPARE(
            DisclosureLogDraft::resolve(*entry, u"reply-9"_s, HitDecision::Redact, {}).error().code,
            u"disclosure-log.no-such-hit"_s);
        const auto kept = DisclosureLogDraft::resolve(*entry, u"reply-2"_s, HitDecision::Keep,
                                                      u"Our published switchboard"_s);
        QVERIFY(kept.ok());
        QVERIFY(DisclosureLogDraft::checkResolved(*kept).ok());
        QCOMPARE(DisclosureLogDraft::publishedText(*kept, u"reply"_s),
                 u"Dear Mrs [redacted: personal data],\n\nWe hold the information. Call our team "
                 "on 01484 221000."_s);
    }

    void caseWithoutSentReplyIsRefused()
    {
        Case c = closedCase(u"text"_s);
        c.reply.sent.clear();
        const auto entry =
            DisclosureLogDraft::prepare(c, {}, 1, u"Jo Officer"_s, QDate(2026, 4, 1));
        QCOMPARE(entry.error().code, u"disclosure-log.not-closed"_s);
        QVERIFY(entry.error().message.contains(u"FOI-2026-0042"_s));
    }

    // s40(2): a released file named after the requester is published under a neutral name.
    void releasedFileNamedAfterTheRequesterIsRenamed()
    {
        const Case c = closedCase(u"text"_s);
        const QList<PublishedFile> files{
            {u"Harriet O'Connor-Blythe cameras.xlsx"_s, u"application/x"_s, 10, u"ab"_s},
            {u"camera-sites.csv"_s, u"text/csv"_s, 20, u"cd"_s}};
        const auto entry =
            DisclosureLogDraft::prepare(c, files, 1, u"Jo Officer"_s, QDate(2026, 4, 1));
        QVERIFY(entry.ok());
        QCOMPARE(entry->files[0].name, u"released-file-1.xlsx"_s);
        QCOMPARE(entry->files[1].name, u"camera-sites.csv"_s);
    }
};

QTEST_GUILESS_MAIN(TestPersonalDataScan)
#include "tst_personal_data_scan.moc"
