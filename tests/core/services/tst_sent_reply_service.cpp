// Sending over a real store (issues 24 and 25): the review gate holds a returned or awaiting
// case back unless an officer overrides it with a reason, which the history keeps; a sent
// reply cannot be sent again; an amendment's correction letter is recorded as the next version,
// marked as a correction, and refers to the first letter.

#include "tests/support/PdfText.h"
#include "tests/support/ReferenceCase.h"

#include "core/reply/AuthorityProfile.h"
#include "core/services/CaseEditingService.h"
#include "core/services/CaseHistory.h"
#include "core/services/ReplyService.h"
#include "core/services/SentReplyLock.h"
#include "core/services/SentReplyService.h"
#include "core/store/AuditTrail.h"
#include "core/store/CaseStore.h"
#include "core/store/ReplyArchive.h"
#include "core/store/ReviewRegister.h"
#include "tests/support/StoreOptions.h"
#include "tests/support/TestStore.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;

class TestSentReplyService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::TestStore> m_store;
    std::unique_ptr<CaseEditingService> m_cases;
    Case m_case;
    QDateTime m_now = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    const QDate m_today = QDate(2026, 12, 7);

    static AuthorityProfile authority()
    {
        AuthorityProfile profile;
        profile.name = QStringLiteral("Example Constabulary");
        profile.kind = AuthorityKind::Police;
        profile.addressLines = {QStringLiteral("1 High Street"), QStringLiteral("Exampleton")};
        profile.foiUnitName = QStringLiteral("Information Rights Unit");
        profile.internalReviewContact = QStringLiteral("foi@example.police.uk");
        return profile;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void exportForReview()
    {
        const auto stored = m_store->cases().load(m_case.reference);
        QVERIFY(stored);
        ReviewExportRecord exported;
        exported.reference = m_case.reference;
        exported.bundleSha256 = QStringLiteral("b").repeated(64);
        exported.documentSha256 = AuditTrail::sha256Hex(stored->record.document);
        exported.exportedAt = m_now.toString(Qt::ISODate);
        exported.exportedBy = QStringLiteral("Test Officer");
        QVERIFY(m_store->reviews().recordExport(exported).ok());
    }

    void returnFromReview()
    {
        exportForReview();
        const auto stored = m_store->cases().load(m_case.reference);
        ReviewDecisionRecord decision;
        decision.reference = m_case.reference;
        decision.bundleSha256 = QStringLiteral("b").repeated(64);
        decision.responseSha256 = QStringLiteral("r").repeated(64);
        decision.caseDocumentSha256 = AuditTrail::sha256Hex(stored->record.document);
        decision.decision = QStringLiteral("return");
        decision.reviewer = QStringLiteral("Senior Officer");
        decision.importedBy = QStringLiteral("Test Officer");
        const auto status = m_store->reviews().recordDecision(decision);
        QVERIFY2(status, status ? "" : qPrintable(status.error().message));
        QCOMPARE(status->state, ReviewStatus::State::Returned);
    }

    QStringList history()
    {
        CaseHistory reader(m_store->audit());
        const auto entries = reader.of(m_case.reference);
        QStringList lines;
        for (const CaseHistoryEntry &entry : entries ? *entries : QList<CaseHistoryEntry>{})
            lines << entry.change;
        return lines;
    }

    // What the Reply step does after a send: the case records the letter, and is saved.
    void recordInCase(const SentReplyService::Sent &sent)
    {
        m_case = SentReplyLock::recordSent(m_case, sent.letter);
        QVERIFY(m_cases->save(m_case).ok());
    }

private slots:
    void init()
    {
        CaseStore::Options options = testsupport::storeOptions();
        options.clock = [this] {
            return m_now;
        };
        m_store = testsupport::TestStore::create(m_dir.path(), options.clock);
        QVERIFY(m_store);
        auto allocator = ReferenceAllocator::create(QStringLiteral("{seq}_{yy}"));
        QVERIFY(allocator);
        m_cases = std::make_unique<CaseEditingService>(*m_store, *allocator,
                                                       WorkingDayCalendar::builtIn());
        m_cases->setOfficer(QStringLiteral("Test Officer"));
        m_case = testsupport::referenceCase();
        m_case.reply.sentOn = {};
        QVERIFY(m_cases->save(m_case).ok());
    }

    void aCleanCaseIsReadyAsVersionOne()
    {
        const auto readiness = SentReplyService(*m_store, {ExemptionCatalogue::builtIn(),
                                                           WorkingDayCalendar::builtIn(),
                                                           EnvironmentalTerms::builtIn()})
                                   .readiness(m_case, authority(), m_today);
        QVERIFY(readiness);
        QVERIFY2(readiness->ready(), qPrintable(readiness->explain()));
        QCOMPARE(readiness->nextVersion(), 1);
        QVERIFY(!readiness->isCorrection());
        const auto none =
            SentReplyService(*m_store,
                             {ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                              EnvironmentalTerms::builtIn()})
                .readiness(m_case,
                           Error::make(QStringLiteral("authority.none"), QStringLiteral("None.")),
                           m_today);
        QVERIFY(none);
        QVERIFY(none->has(QStringLiteral("send.no-authority")));
    }

    // Issue 25 point 3: a case awaiting review cannot be sent as final; an override needs a
    // reason and is audited.
    void aCaseAwaitingReviewIsHeldBackUnlessOverriddenWithAReason()
    {
        exportForReview();
        SentReplyService service(*m_store,
                                 {ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                                  EnvironmentalTerms::builtIn()});
        const auto readiness = service.readiness(m_case, authority(), m_today);
        QVERIFY(readiness);
        QVERIFY(readiness->has(QStringLiteral("send.review-awaiting")));
        QVERIFY(readiness->overridable());
        const QString out = path(QStringLiteral("awaiting.pdf"));
        const auto refused = service.sendFinal(m_case, authority(), m_today, out,
                                               QStringLiteral("Test Officer"), QStringLiteral(" "));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("send.review-awaiting"));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(m_store->replies().repliesTo(m_case.reference)->size(), 0);

        const auto sent =
            service.sendFinal(m_case, authority(), m_today, out, QStringLiteral("Test Officer"),
                              QStringLiteral("The requester's deadline is today"));
        QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message));
        QVERIFY(QFile::exists(out));
        const QStringList lines = history();
        QVERIFY2(lines.first().contains(QStringLiteral("although the case was awaiting review, "
                                                       "because: ‘The requester's deadline is "
                                                       "today’")),
                 qPrintable(lines.join(u'\n')));
    }

    void aReturnedCaseIsHeldBack()
    {
        returnFromReview();
        SentReplyService service(*m_store,
                                 {ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                                  EnvironmentalTerms::builtIn()});
        const auto readiness = service.readiness(m_case, authority(), m_today);
        QVERIFY(readiness);
        QVERIFY(readiness->has(QStringLiteral("send.review-returned")));
        QVERIFY2(readiness->explain().contains(QStringLiteral("Senior Officer")),
                 qPrintable(readiness->explain()));
        const auto refused =
            service.sendFinal(m_case, authority(), m_today, path(QStringLiteral("r.pdf")),
                              QStringLiteral("Test Officer"), QString());
        QCOMPARE(refused.error().code, QStringLiteral("send.review-returned"));
        QVERIFY(!QFile::exists(path(QStringLiteral("r.pdf"))));
    }

    // Issue 24: a sent reply is a fact; a change goes through an amendment and a correction
    // letter that refers to the first, kept as the next version and marked as a correction.
    void aSentReplyIsCorrectedOnlyThroughAnAmendment()
    {
        SentReplyService service(*m_store,
                                 {ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                                  EnvironmentalTerms::builtIn()});
        const auto first =
            service.sendFinal(m_case, authority(), m_today, path(QStringLiteral("v1.pdf")),
                              QStringLiteral("Test Officer"), QString());
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->version, 1);
        QVERIFY(!first->letter.correction);
        QVERIFY(!first->letter.decision.isEmpty());
        QCOMPARE(first->letter.sha256, first->reply.sha256);
        recordInCase(*first);

        const auto again =
            service.sendFinal(m_case, authority(), m_today, path(QStringLiteral("again.pdf")),
                              QStringLiteral("Test Officer"), QStringLiteral("x"));
        QCOMPARE(again.error().code, QStringLiteral("send.already-sent"));
        QVERIFY(!QFile::exists(path(QStringLiteral("again.pdf"))));

        const auto amended =
            SentReplyLock::amend(m_case, QStringLiteral("A further search found the records"),
                                 QStringLiteral("Test Officer"), m_today.addDays(1));
        QVERIFY(amended);
        m_case = *amended;
        QVERIFY(m_cases->save(m_case).ok());
        QVERIFY(service.readiness(m_case, authority(), m_today)
                    ->has(QStringLiteral("amend.unchanged")));
        const auto unchanged = service.sendFinal(m_case, authority(), m_today.addDays(1),
                                                 path(QStringLiteral("same.pdf")),
                                                 QStringLiteral("Test Officer"), QString());
        QCOMPARE(unchanged.error().code, QStringLiteral("amend.unchanged"));

        m_case.adviceAndAssistance = QStringLiteral("You may ask for the archive index instead.");
        QVERIFY(m_cases->save(m_case).ok());
        const auto correction = service.sendFinal(m_case, authority(), m_today.addDays(1),
                                                  path(QStringLiteral("v2.pdf")),
                                                  QStringLiteral("Test Officer"), QString());
        QVERIFY2(correction, correction ? "" : qPrintable(correction.error().message));
        QCOMPARE(correction->version, 2);
        QVERIFY(correction->letter.correction);
        recordInCase(*correction);
        QVERIFY(SentReplyLock::isLocked(m_case));
        QCOMPARE(m_case.reply.amendments.constLast().correctionVersion, 2);

        const auto replies = *m_store->replies().repliesTo(m_case.reference);
        QCOMPARE(replies.size(), 2);
        const QStringList lines = history();
        // Newest first: the case saved with the correction recorded, then the letter itself.
        QVERIFY2(lines.at(0).contains(QStringLiteral("correction letter (reply version 2)")),
                 qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.at(1).contains(QStringLiteral("Sent a correction letter")) &&
                     lines.at(1).contains(QStringLiteral("correcting reply version 1")) &&
                     lines.at(1).contains(QStringLiteral("A further search found the records")),
                 qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.join(u'\n').contains(QStringLiteral("Amended the decision after sending "
                                                           "reply version 1, because")),
                 qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(QStringLiteral("Locked the decision as sent in reply version 1")),
                 qPrintable(lines.join(u'\n')));
        // Both letters are kept byte for byte.
        QVERIFY(service.content(replies.at(0)));
        QVERIFY(service.content(replies.at(1)));
        QVERIFY(*service.content(replies.at(0)) != *service.content(replies.at(1)));
    }

    // Issue 23: the correction letter follows the case's language of correspondence: in Welsh
    // for a Welsh case; for a bilingual one, Welsh and English, set out as the authority
    // profile's bilingual letters are. Read back from the PDF.
    void aCorrectionFollowsTheCasesLanguage_data()
    {
        QTest::addColumn<LetterLanguage>("language");
        QTest::addColumn<BilingualLayout>("layout");
        QTest::newRow("Welsh") << LetterLanguage::Welsh << BilingualLayout::WelshFirst;
        QTest::newRow("bilingual, Welsh first")
            << LetterLanguage::Bilingual << BilingualLayout::WelshFirst;
        QTest::newRow("bilingual, side by side")
            << LetterLanguage::Bilingual << BilingualLayout::SideBySide;
    }
    void aCorrectionFollowsTheCasesLanguage()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QFETCH(LetterLanguage, language);
        QFETCH(BilingualLayout, layout);
        AuthorityProfile profile = authority();
        profile.bilingualLayout = layout;
        const ReplyService::Law law{ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                                    EnvironmentalTerms::builtIn()};
        m_case.languageOfCorrespondence = language;
        const auto rights = ReplyService::standardRightsParagraphs(m_case, profile, law.catalogue);
        QVERIFY(rights);
        m_case.reply.internalReviewProcedureWelsh = rights->internalReviewWelsh;
        m_case.reply.complaintRightsWelsh = rights->complaintWelsh;
        QVERIFY(m_cases->save(m_case).ok());
        SentReplyService service(*m_store, law);
        const auto first =
            service.sendFinal(m_case, profile, m_today, path(QStringLiteral("cy1.pdf")),
                              QStringLiteral("Test Officer"), QString());
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        recordInCase(*first);
        const auto amended = SentReplyLock::amend(
            m_case, QStringLiteral("Daeth chwiliad pellach o hyd i'r cofnodion"),
            QStringLiteral("Test Officer"), m_today.addDays(1));
        QVERIFY(amended);
        m_case = *amended;
        m_case.adviceAndAssistance = QStringLiteral("You may ask for the archive index instead.");
        QVERIFY(m_cases->save(m_case).ok());
        const QString out = path(QStringLiteral("cy2.pdf"));
        const auto correction = service.sendFinal(m_case, profile, m_today.addDays(1), out,
                                                  QStringLiteral("Test Officer"), QString());
        QVERIFY2(correction, correction ? "" : qPrintable(correction.error().message));
        QVERIFY(correction->letter.correction);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.contains("/Lang (cy-GB)"));
        static const QRegularExpression space(QStringLiteral("\\s+"));
        const QString text = testsupport::pdfText(pdf).replace(space, QStringLiteral(" "));
        const QStringList welsh{
            QStringLiteral("Cywiriad i'n hateb dyddiedig 7 Rhagfyr 2026"),
            QStringLiteral("Ar 7 Rhagfyr 2026 anfonwyd ein hateb i'ch cais atoch, ein cyfeirnod "
                           "13457_18 (fersiwn 1 o'n hateb)"),
            QStringLiteral("Pam rydym yn ei gywiro:"),
            QStringLiteral("Beth sydd wedi newid"),
            QStringLiteral("You may ask for the archive index instead."),
            QStringLiteral("sef fersiwn 2 o'n hateb")};
        const QStringList english{QStringLiteral("A correction to our reply of 7 December 2026"),
                                  QStringLiteral("Why we are correcting it:"),
                                  QStringLiteral("What has changed"),
                                  QStringLiteral("which is version 2 of our reply")};
        const auto inOrder = [&text](const QStringList &parts) {
            qsizetype from = 0;
            for (const QString &part : parts) {
                from = text.indexOf(part, from);
                if (from < 0)
                    return part;
            }
            return QString();
        };
        QVERIFY2(inOrder(welsh).isEmpty(), qPrintable(inOrder(welsh) + u'\n' + text));
        QVERIFY(text.contains(QStringLiteral("8 Rhagfyr 2026"))); // the correction's own date
        if (language == LetterLanguage::Welsh) {
            for (const QString &part : english)
                QVERIFY2(!text.contains(part), qPrintable(part));
            return;
        }
        QVERIFY2(inOrder(english).isEmpty(), qPrintable(inOrder(english) + u'\n' + text));
        const QList<testsupport::PdfWord> words = testsupport::pdfWords(pdf);
        const qsizetype cy =
            testsupport::indexOfPhrase(words, QStringLiteral("Beth sydd wedi newid"));
        const qsizetype en = testsupport::indexOfPhrase(words, QStringLiteral("What has changed"));
        QVERIFY(cy >= 0 && en >= 0);
        const bool level = words.at(cy).page == words.at(en).page &&
                           qAbs(words.at(cy).box.top() - words.at(en).box.top()) < 1.0;
        QCOMPARE(level, layout == BilingualLayout::SideBySide);
        if (layout == BilingualLayout::WelshFirst)
            QVERIFY(text.indexOf(QStringLiteral("Fersiwn Saesneg / English version")) >
                    text.indexOf(QStringLiteral("sef fersiwn 2 o'n hateb")));
    }
};

QTEST_MAIN(TestSentReplyService)
#include "tst_sent_reply_service.moc"
