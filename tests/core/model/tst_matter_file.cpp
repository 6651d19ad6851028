#include "core/model/CaseFile.h"
#include "core/model/ReviewOutcome.h"
#include "tests/support/ReferenceCase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace foi::core;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

using testsupport::referenceCase;

// The reference case through its whole life: a review that maintained the decision, a
// complaint to the ICO whose decision notice ordered a fresh response, an appeal since
// withdrawn.
Case caseWithMatters()
{
    Case theCase = referenceCase();
    InternalReview review;
    review.id = QStringLiteral("IR1");
    review.requestReceived = d("2018-07-02");
    review.logged = d("2018-07-03");
    review.basisDate = theCase.dateOfReceipt;
    review.reviewer = QStringLiteral("A. Senior");
    review.original = OriginalDecisionSnapshot::of(theCase);
    review.originalDecisionMakers = {QStringLiteral("Case Officer")};
    for (const ReviewItemKey &key : review.original.items())
        review.items.append({key, ReviewDecision::OriginalMaintained, QStringLiteral("Sound.")});
    review.decided = d("2018-07-27");
    theCase.internalReviews.append(review);
    CommissionerMatter matter;
    matter.id = QStringLiteral("ICO1");
    matter.icoReference = QStringLiteral("FS50712345");
    matter.icoCaseOfficer = QStringLiteral("ICO case officer");
    matter.officer = QStringLiteral("B. Handler");
    matter.received = d("2018-09-03");
    matter.whatAsked = QStringLiteral("Explain the NCND under s24(2) and s31(3).");
    matter.submissionSha256 = QString(64, u'a');
    matter.submissionSent = d("2018-09-28");
    matter.deadlines.append({QStringLiteral("Submission to the ICO"), d("2018-10-01"),
                             d("2018-09-28"), d("2018-09-28")});
    DecisionNotice notice;
    notice.reference = QStringLiteral("FS50712345");
    notice.dated = d("2019-01-14");
    notice.outcome = ReviewDecision::OriginalPartlyMaintained;
    notice.steps.append({DecisionNoticeStepKind::IssueFreshResponse,
                         QStringLiteral("A fresh response to question 1."), std::nullopt,
                         d("2019-04-30")});
    matter.decisionNotice = notice;
    matter.appeals.append({Appellant::Authority,
                           d("2019-02-08"),
                           QStringLiteral("EA/2019/0042"),
                           {0},
                           AppealDetermination::Withdrawn,
                           d("2019-03-29")});
    theCase.commissionerMatters.append(matter);
    return theCase;
}

QJsonObject json(const Case &theCase)
{
    return QJsonDocument::fromJson(CaseFile::write(theCase)).object();
}

QString readError(const QJsonObject &object)
{
    const Result<Case> read = CaseFile::read(QJsonDocument(object).toJson());
    return read ? QString() : read.error().message + u'\n' + read.error().detail;
}

} // namespace

// Case file format version 3: the internal reviews and the Commissioner's matters of a case
// (docs/case-file.md, "After the reply").
class TestMatterFile : public QObject
{
    Q_OBJECT

private slots:
    void mattersRoundTripAsVersion3();
    void aCaseWithoutMattersKeepsItsOlderVersion();
    void olderVersionWithMattersIsRefused();
    void alteredSnapshotIsRefused();
    void appealWithoutADecisionNoticeIsRefused();
    void appealOnAStepTheNoticeLacksIsRefused();
    void duplicateMatterIdsAreRefused();
    void unknownCodesAndFieldsNameTheirPath();
};

void TestMatterFile::mattersRoundTripAsVersion3()
{
    const Case original = caseWithMatters();
    const QByteArray bytes = CaseFile::write(original);
    QCOMPARE(QJsonDocument::fromJson(bytes).object().value(u"formatVersion"_qs).toInt(), 3);
    const Result<Case> read = CaseFile::read(bytes);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().detail));
    QCOMPARE(read->internalReviews, original.internalReviews);
    QCOMPARE(read->commissionerMatters, original.commissionerMatters);
    QVERIFY(*read == original);
    QCOMPARE(CaseFile::write(*read), bytes); // writing again gives the same bytes
    QCOMPARE(ReviewOutcome::of(read->internalReviews.constFirst()),
             ReviewDecision::OriginalMaintained);
    QCOMPARE(json(original)
                 .value(u"internalReviews"_qs)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"originalSha256"_qs)
                 .toString(),
             original.internalReviews.constFirst().original.sha256());
    // Steps are numbered from 1 in the file, as the notice numbers them.
    QCOMPARE(json(original)
                 .value(u"commissionerMatters"_qs)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"appeals"_qs)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"affectsSteps"_qs)
                 .toArray(),
             QJsonArray{1});
}

void TestMatterFile::aCaseWithoutMattersKeepsItsOlderVersion()
{
    QCOMPARE(json(referenceCase()).value(u"formatVersion"_qs).toInt(), 1);
    QVERIFY(!json(referenceCase()).contains(u"internalReviews"_qs));
}

void TestMatterFile::olderVersionWithMattersIsRefused()
{
    QJsonObject object = json(caseWithMatters());
    object.insert(u"formatVersion"_qs, 2);
    QVERIFY2(readError(object).contains(
                 u"$.internalReviews: internalReviews is recorded from format version 3 on"_qs),
             qPrintable(readError(object)));
}

void TestMatterFile::alteredSnapshotIsRefused()
{
    QJsonObject object = json(caseWithMatters());
    QJsonArray reviews = object.value(u"internalReviews"_qs).toArray();
    QJsonObject review = reviews.at(0).toObject();
    QJsonObject original = review.value(u"original"_qs).toObject();
    QJsonArray questions = original.value(u"questions"_qs).toArray();
    QJsonObject first = questions.at(0).toObject();
    first.insert(u"answer"_qs, u"A different answer, written in after the review."_qs);
    questions.replace(0, first);
    original.insert(u"questions"_qs, questions);
    review.insert(u"original"_qs, original);
    reviews.replace(0, review);
    object.insert(u"internalReviews"_qs, reviews);
    QVERIFY2(readError(object).contains(u"$.internalReviews[0].original: the snapshot of the "
                                        "original decision does not match its SHA-256"_qs),
             qPrintable(readError(object)));
}

void TestMatterFile::appealWithoutADecisionNoticeIsRefused()
{
    QJsonObject object = json(caseWithMatters());
    QJsonArray matters = object.value(u"commissionerMatters"_qs).toArray();
    QJsonObject matter = matters.at(0).toObject();
    matter.remove(u"decisionNotice"_qs);
    matters.replace(0, matter);
    object.insert(u"commissionerMatters"_qs, matters);
    QVERIFY2(readError(object).contains(u"$.commissionerMatters[0].appeals[0]: an appeal needs "
                                        "the decision notice it is against"_qs),
             qPrintable(readError(object)));
}

void TestMatterFile::appealOnAStepTheNoticeLacksIsRefused()
{
    Case theCase = caseWithMatters();
    theCase.commissionerMatters[0].appeals[0].affectsSteps = {3};
    QVERIFY2(readError(json(theCase))
                 .contains(u"affectsSteps: step 4 is not in the decision notice, which has 1"_qs),
             qPrintable(readError(json(theCase))));
}

void TestMatterFile::duplicateMatterIdsAreRefused()
{
    Case theCase = caseWithMatters();
    theCase.commissionerMatters[0].id = QStringLiteral("IR1");
    QVERIFY2(readError(json(theCase)).contains(u"the matter id 'IR1' is used twice"_qs),
             qPrintable(readError(json(theCase))));
}

void TestMatterFile::unknownCodesAndFieldsNameTheirPath()
{
    QJsonObject object = json(caseWithMatters());
    QJsonArray reviews = object.value(u"internalReviews"_qs).toArray();
    QJsonObject review = reviews.at(0).toObject();
    QJsonArray items = review.value(u"items"_qs).toArray();
    QJsonObject item = items.at(0).toObject();
    item.insert(u"decision"_qs, u"upheld"_qs); // the ambiguous word is not a code
    items.replace(0, item);
    review.insert(u"items"_qs, items);
    review.insert(u"outcome"_qs, u"maintained"_qs); // derived, never stored
    reviews.replace(0, review);
    object.insert(u"internalReviews"_qs, reviews);
    const QString error = readError(object);
    QVERIFY2(error.contains(u"$.internalReviews[0].items[0].decision: unknown value 'upheld'"_qs),
             qPrintable(error));
    QVERIFY2(error.contains(u"$.internalReviews[0].outcome"_qs), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestMatterFile)
#include "tst_matter_file.moc"
