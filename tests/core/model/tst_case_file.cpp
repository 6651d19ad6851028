#include "core/law/ProvisionCodes.h"
#include "core/model/CaseFile.h"
#include "core/model/CaseOutcome.h"
#include "core/model/Codes.h"
#include "tests/support/ReferenceCase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace foi::core;

namespace {

using testsupport::referenceCaseJson;
using testsupport::referenceCaseObject;

const QString anprSha = QString(64, u'a');
const QString exportSha = QStringLiteral("0123456789abcdef").repeated(4);

// A case with every field set to something other than its default, so the round trip covers
// the whole format.
Case everyFieldSet()
{
    Case c;
    c.reference = QStringLiteral("FOI-2025-0042");
    c.regime = Regime::Foia;
    c.authority = {QStringLiteral("Example Department"), AuthorityKind::GovernmentDepartment};
    c.dateOfReceipt = QDate(2025, 2, 27);
    c.channel = Channel::Post;
    c.requester = {QStringLiteral("Jo Bloggs"), QStringLiteral("1 High Street\nAnytown"),
                   QStringLiteral("jo@example.org")};
    c.requestText = QStringLiteral("Please send me the minutes and the costs.");
    c.clockChanges = {
        {ClockChangeKind::ClarificationSought,
         QDate(2025, 2, 28),
         {},
         QStringLiteral("Which year?")},
        {ClockChangeKind::ClarificationReceived, QDate(2025, 3, 3), {}, {}},
        {ClockChangeKind::PublicInterestExtension, QDate(2025, 3, 28), QDate(2025, 4, 29), {}}};
    Question minutes;
    minutes.id = QStringLiteral("Q1");
    minutes.text = QStringLiteral("The minutes");
    minutes.determination = {Holding::Held,
                             Communication::InPart,
                             ClosedAnswer::Yes,
                             QStringLiteral("Attached, with redactions."),
                             {},
                             {SearchRecord{QStringLiteral("Committee minutes archive"),
                                           QStringLiteral("Democratic Services"),
                                           QStringLiteral("minutes 2024; board"),
                                           QDate(2025, 3, 3),
                                           {{anprSha, QStringLiteral("archive-search.png")},
                                            {exportSha, QStringLiteral("results.csv")}}},
                              SearchRecord{QStringLiteral("Clerk's email"), {}, {}, {}, {}}}};
    Question costs;
    costs.id = QStringLiteral("Q2");
    costs.text = QStringLiteral("The costs, if any minutes exist");
    costs.condition = QuestionCondition{QStringLiteral("Q1"), ClosedAnswer::Yes};
    costs.determination = {Holding::Held,
                           Communication::RefusedCost,
                           ClosedAnswer::Unanswered,
                           {},
                           QStringLiteral("https://example.org/costs"),
                           {}};
    costs.personalData = DataSubject::Both;
    c.questions = {minutes, costs};
    ExemptionClaim claim;
    claim.provision = QStringLiteral("s36(2)(b)(i)");
    claim.relieves = Duty::Communicate;
    claim.questions = {QStringLiteral("Q1")};
    claim.anyOtherInformation = true;
    claim.reason = QStringLiteral("Free and frank advice.");
    claim.prejudice = PrejudiceTest{QStringLiteral("Candour"), QStringLiteral("Chilling effect"),
                                    Likelihood::WouldBeLikelyTo};
    claim.publicInterest =
        PublicInterestTest{{QStringLiteral("Openness")},
                           {QStringLiteral("Safe space"), QStringLiteral("Candour")},
                           QStringLiteral("Safe space wins."),
                           PublicInterestConclusion::MaintainExemption};
    claim.qualifiedPersonOpinion = QualifiedPersonOpinion{
        QStringLiteral("The Minister"), QDate(2025, 3, 20), QStringLiteral("Would inhibit.")};
    claim.certificate = Certificate{QStringLiteral("s36(7)"), QStringLiteral("The Speaker"),
                                    QDate(2025, 3, 21), QStringLiteral("CERT-1")};
    ExemptionClaim names;
    names.provision = QStringLiteral("s40(2)-first-condition");
    names.questions = {QStringLiteral("Q2")};
    names.legitimateInterests =
        LegitimateInterestsTest{QStringLiteral("Accountability"), QStringLiteral("No other way"),
                                QStringLiteral("Expected by senior staff")};
    c.claims = {claim, names};
    c.ncndHarm = QStringLiteral("Harm of confirming.");
    c.costEstimate = CostEstimate{{{CostActivityKind::Locating, 12.5, QStringLiteral("50 files")},
                                   {CostActivityKind::Extracting, 0.1, {}}},
                                  {{QStringLiteral("FOI-2025-0040"), QDate(2025, 2, 3)}}};
    c.vexatiousReasons = QStringLiteral("None really.");
    c.adviceAndAssistance = QStringLiteral("Narrow it to one year.");
    c.reply = {QStringLiteral("Review text"),
               QStringLiteral("Complaint text"),
               QDate(2025, 4, 1),
               QStringLiteral("Sorry for the delay."),
               {},
               {},
               QStringLiteral("Testun adolygu"),
               QStringLiteral("Testun cwyno")};
    c.languageOfCorrespondence = LetterLanguage::Bilingual;
    c.outcomeOverride = Outcome::PartiallyWithheld;
    // A reply sent, amended after sending and corrected: both letters and the amendment are kept.
    c.reply.sent = {{1,
                     QDate(2025, 4, 1),
                     QStringLiteral("ab12"),
                     false,
                     {QStringLiteral("Q1: we hold the information.")}},
                    {2,
                     QDate(2025, 4, 9),
                     QStringLiteral("cd34"),
                     true,
                     {QStringLiteral("Q1: we do not hold the information.")}}};
    c.reply.amendments = {{QDate(2025, 4, 8),
                           QStringLiteral("A. Officer"),
                           QStringLiteral("The search missed an archive."),
                           1,
                           2,
                           {}},
                          {QDate(2025, 4, 10), QStringLiteral("A. Officer"),
                           QStringLiteral("A second look."), 2, 0, QStringLiteral("IR1")}};
    // Format version 3: every field of the case's life after the reply.
    InternalReview review;
    review.id = QStringLiteral("IR1");
    review.requestReceived = QDate(2025, 4, 10);
    review.logged = QDate(2025, 4, 11);
    review.basisDate = c.dateOfReceipt;
    review.reviewer = QStringLiteral("Reviewing Officer");
    review.independenceOverride = QStringLiteral("The only senior officer.");
    review.originalDecisionMakers = {QStringLiteral("Case Officer")};
    review.exceptionalCircumstances = true;
    review.exceptionalReason = QStringLiteral("Forty files to reconsider.");
    review.original = OriginalDecisionSnapshot::of(c);
    review.items = {{review.original.items().constFirst(), ReviewDecision::OriginalOverturned,
                     QStringLiteral("More is held.")},
                    {review.original.items().constLast(), ReviewDecision::Withdrawn, {}}};
    review.releasedOnChangedCircumstances = true;
    review.releasedNow = QStringLiteral("The 2024 totals are enclosed.");
    review.complaintRights = QStringLiteral("You may apply to the Commissioner (s50).");
    review.decided = QDate(2025, 5, 1);
    c.internalReviews = {review};
    CommissionerMatter matter;
    matter.id = QStringLiteral("ICO1");
    matter.icoReference = QStringLiteral("IC-123456-A1B2");
    matter.icoCaseOfficer = QStringLiteral("ICO Officer");
    matter.received = QDate(2025, 6, 2);
    matter.whatAsked = QStringLiteral("The searches made.");
    matter.submissionSha256 = QString(64, u'b');
    matter.submissionSent = QDate(2025, 6, 20);
    matter.resolvedInformally = true;
    matter.deadlines = {
        {QStringLiteral("Submission"), QDate(2025, 6, 30), QDate(2025, 6, 23), QDate(2025, 6, 20)}};
    matter.decisionNotice = DecisionNotice{
        QStringLiteral("IC-123456-A1B2"),
        QDate(2025, 9, 1),
        ReviewDecision::OriginalOverturned,
        {{DecisionNoticeStepKind::DiscloseListedItems, QStringLiteral("The 2024 totals."),
          QDate(2025, 10, 1), QDate(2025, 11, 3)}}};
    matter.appeals = {{Appellant::Authority,
                       QDate(2025, 9, 20),
                       QStringLiteral("EA/2025/0001"),
                       {0},
                       AppealDetermination::Dismissed,
                       QDate(2025, 10, 20)}};
    matter.closed = QDate(2025, 11, 4);
    c.commissionerMatters = {matter};
    return c;
}

QJsonObject schema()
{
    QFile file(QStringLiteral(FOI_SOURCE_DIR "/docs/case-file.schema.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open docs/case-file.schema.json");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A small JSON Schema walker for the subset the case-file schema uses ($ref, type, properties,
// required, additionalProperties: false, items, enum, const), enough to prove that what the
// writer produces is what the schema documents.
void conform(const QJsonValue &value, QJsonObject rule, const QJsonObject &root,
             const QString &path, QStringList &problems)
{
    if (rule.contains(u"$ref"_qs)) {
        const QString name = rule.value(u"$ref"_qs).toString().section(u'/', -1);
        rule = root.value(u"$defs"_qs).toObject().value(name).toObject();
    }
    if (rule.contains(u"const"_qs) && value != rule.value(u"const"_qs))
        problems.append(path + u": not the constant"_qs);
    if (rule.contains(u"enum"_qs) && !rule.value(u"enum"_qs).toArray().contains(value))
        problems.append(path + u": not in the enum"_qs);
    const QString type = rule.value(u"type"_qs).toString();
    if (type == u"object") {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = rule.value(u"properties"_qs).toObject();
        for (const QJsonValue &required : rule.value(u"required"_qs).toArray()) {
            if (!object.contains(required.toString()))
                problems.append(path + u"."_qs + required.toString() + u": required"_qs);
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!properties.contains(it.key()))
                problems.append(path + u"."_qs + it.key() + u": not in the schema"_qs);
            else
                conform(it.value(), properties.value(it.key()).toObject(), root,
                        path + u"."_qs + it.key(), problems);
        }
    } else if (type == u"array") {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            conform(array.at(i), rule.value(u"items"_qs).toObject(), root,
                    path + QStringLiteral("[%1]").arg(i), problems);
    } else if ((type == u"string" && !value.isString()) ||
               (type == u"number" && !value.isDouble()) ||
               (type == u"boolean" && !value.isBool())) {
        problems.append(path + u": not a "_qs + type);
    }
}

QStringList schemaEnum(const QJsonObject &root, const QString &def, const QString &property)
{
    QJsonObject rule = root.value(u"$defs"_qs).toObject().value(def).toObject();
    if (!property.isEmpty())
        rule = rule.value(u"properties"_qs).toObject().value(property).toObject();
    QStringList values;
    for (const QJsonValue &value : rule.value(u"enum"_qs).toArray())
        values.append(value.toString());
    return values;
}

using Mutation = std::function<void(QJsonObject &)>;

// Sets root[path...] = value for a path of object keys and array indexes.
void setAt(QJsonObject &root, const QList<QVariant> &path, const QJsonValue &value)
{
    std::function<QJsonValue(QJsonValue, qsizetype)> rebuild = [&](QJsonValue node,
                                                                   qsizetype depth) {
        const QVariant &step = path.at(depth);
        const bool last = depth == path.size() - 1;
        if (step.typeId() == QMetaType::QString) {
            QJsonObject object = node.toObject();
            const QString key = step.toString();
            if (last && value.isUndefined())
                object.remove(key);
            else
                object[key] = last ? value : rebuild(object.value(key), depth + 1);
            return QJsonValue(object);
        }
        QJsonArray array = node.toArray();
        const int index = step.toInt();
        array[index] = last ? value : rebuild(array.at(index), depth + 1);
        return QJsonValue(array);
    };
    root = rebuild(root, 0).toObject();
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestCaseFile : public QObject
{
    Q_OBJECT
private slots:
    void readsTheReferenceCase()
    {
        const Result<Case> read = CaseFile::read(referenceCaseJson());
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().detail));
        const Case &c = read.value();
        QCOMPARE(c.reference, QStringLiteral("13457_18"));
        QCOMPARE(c.authority.kind, AuthorityKind::Police);
        QCOMPARE(c.questions.size(), 9);
        QCOMPARE(c.questions.at(0).determination.holding, Holding::NotHeld);
        QCOMPARE(c.questions.at(0).determination.searches.size(), 1);
        QCOMPARE(c.questions.at(0).determination.searches.at(0).searchedOn, QDate(2018, 5, 21));
        QVERIFY(c.questions.at(8).condition.has_value());
        QCOMPARE(c.questions.at(8).condition->question, QStringLiteral("Q1"));
        QCOMPARE(c.claims.size(), 2);
        QCOMPARE(c.claims.at(0).provision, QStringLiteral("s24(2)"));
        QCOMPARE(c.claims.at(1).relieves, Duty::ConfirmOrDeny);
        QVERIFY(c.claims.at(1).anyOtherInformation);
        QCOMPARE(c.claims.at(1).prejudice->likelihood, Likelihood::Would);
        QCOMPARE(c.claims.at(1).publicInterest->favouringExemption.size(), 3);
        // Q1 not held, Q2-Q9 withdrawn by the requester's own condition.
        QVERIFY(c.conditionFailed(8));
        QCOMPARE(CaseOutcome::ofCase(c), Outcome::NotHeld);
    }

    void exportThenImportGivesBackAnIdenticalCase_data()
    {
        QTest::addColumn<Case>("original");
        QTest::newRow("reference case") << CaseFile::read(referenceCaseJson()).value();
        QTest::newRow("every field set") << everyFieldSet();
        Case empty;
        empty.reference = QStringLiteral("NEW");
        QTest::newRow("newly logged, nothing decided") << empty;
    }

    void exportThenImportGivesBackAnIdenticalCase()
    {
        QFETCH(Case, original);
        const QByteArray written = CaseFile::write(original);
        const Result<Case> read = CaseFile::read(written);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().detail));
        QVERIFY(read.value() == original);
        QCOMPARE(CaseFile::write(read.value()), written);
    }

    // Version 2 only adds the evidence a search cites: a case citing none is still written as
    // version 1, byte for byte as before, and version 1 files are read as they always were.
    void writesTheOldestVersionThatHoldsTheCase()
    {
        const QByteArray reference = referenceCaseJson();
        const Result<Case> read = CaseFile::read(reference);
        QVERIFY(read.ok());
        QCOMPARE(CaseFile::versionFor(read.value()), 1);
        QCOMPARE(QJsonDocument::fromJson(CaseFile::write(read.value()))
                     .object()
                     .value(u"formatVersion"_qs)
                     .toInt(),
                 1);
        Case cited = read.value();
        cited.questions[0].determination.searches[0].evidence.append(
            {anprSha, QStringLiteral("finance-search.png")});
        QCOMPARE(CaseFile::versionFor(cited), 2);
        const QJsonObject written = QJsonDocument::fromJson(CaseFile::write(cited)).object();
        QCOMPARE(written.value(u"formatVersion"_qs).toInt(), 2);
        const QJsonObject evidence =
            written
                .value(
                    u"questions"_qs)[0][u"determination"_qs][u"searches"_qs][0][u"evidence"_qs][0]
                .toObject();
        QCOMPARE(evidence, (QJsonObject{{u"sha256"_qs, anprSha},
                                        {u"fileName"_qs, u"finance-search.png"_qs}}));
        const Result<Case> again = CaseFile::read(CaseFile::write(cited));
        QVERIFY(again.ok());
        QVERIFY(again.value() == cited);
        QCOMPARE(again.value().questionsCitingEvidence(anprSha), QStringList{u"Q1"_qs});
        QCOMPARE(again.value().questionsCitingEvidence(exportSha), QStringList());
    }

    void rejectsABadFileNamingTheJsonPath_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("message");
        auto set = [](QList<QVariant> path, QJsonValue value) -> Mutation {
            return [path, value](QJsonObject &root) {
                setAt(root, path, value);
            };
        };
        const QJsonValue absent = QJsonValue(QJsonValue::Undefined);
        QTest::newRow("unknown version") << set({u"formatVersion"_qs}, 4)
                                         << QStringLiteral("$.formatVersion: version 4 is not "
                                                           "supported; this workbench reads "
                                                           "versions 1 to 3");
        QTest::newRow("version between versions")
            << set({u"formatVersion"_qs}, 1.5)
            << QStringLiteral("$.formatVersion: version 1.5 is not supported");
        QTest::newRow("no version") << set({u"formatVersion"_qs}, absent)
                                    << QStringLiteral("$.formatVersion: this field is required");
        QTest::newRow("version as text") << set({u"formatVersion"_qs}, u"1"_qs)
                                         << QStringLiteral("$.formatVersion: expected a number, "
                                                           "found a string");
        QTest::newRow("reference as number") << set({u"reference"_qs}, 13457)
                                             << QStringLiteral("$.reference: expected a string, "
                                                               "found a number");
        QTest::newRow("unknown regime") << set({u"regime"_qs}, u"FOISA"_qs)
                                        << QStringLiteral("$.regime: unknown regime 'FOISA'");
        QTest::newRow("bad date") << set({u"dateOfReceipt"_qs}, u"14/05/2018"_qs)
                                  << QStringLiteral("$.dateOfReceipt: expected a date written "
                                                    "YYYY-MM-DD, found '14/05/2018'");
        QTest::newRow("impossible date") << set({u"dateOfReceipt"_qs}, u"2018-02-30"_qs)
                                         << QStringLiteral("$.dateOfReceipt: expected a date");
        QTest::newRow("no requester") << set({u"requester"_qs}, absent)
                                      << QStringLiteral("$.requester: this field is required");
        QTest::newRow("questions not a list")
            << set({u"questions"_qs}, u"Q1"_qs) << QStringLiteral("$.questions: expected a list");
        QTest::newRow("question without text")
            << set({u"questions"_qs, 0, u"text"_qs}, absent)
            << QStringLiteral("$.questions[0].text: this field is required but missing");
        QTest::newRow("unknown holding")
            << set({u"questions"_qs, 1, u"determination"_qs, u"holding"_qs}, u"maybe"_qs)
            << QStringLiteral("$.questions[1].determination.holding: unknown value 'maybe'");
        QTest::newRow("unknown provision")
            << set({u"claims"_qs, 0, u"provision"_qs}, u"s99"_qs)
            << QStringLiteral("$.claims[0].provision: unknown provision 's99'");
        QTest::newRow("claim names a missing question")
            << set({u"claims"_qs, 1, u"questions"_qs}, QJsonArray{u"Q12"_qs})
            << QStringLiteral("$.claims[1].questions[0]: no question has the id 'Q12'");
        QTest::newRow("condition on a missing question")
            << set({u"questions"_qs, 2, u"condition"_qs, u"question"_qs}, u"Q0"_qs)
            << QStringLiteral("$.questions[2].condition.question: no question has the id 'Q0'");
        QTest::newRow("duplicate question id")
            << set({u"questions"_qs, 1, u"id"_qs}, u"Q1"_qs)
            << QStringLiteral("$.questions[1].id: another question already has the id 'Q1'");
        QTest::newRow("unknown field") << set({u"questions"_qs, 0, u"colour"_qs}, u"red"_qs)
                                       << QStringLiteral("$.questions[0].colour: unknown field");
        QTest::newRow("factor not text")
            << set({u"claims"_qs, 0, u"publicInterest"_qs, u"favouringDisclosure"_qs},
                   QJsonArray{1})
            << QStringLiteral("$.claims[0].publicInterest.favouringDisclosure[0]: expected a "
                              "string, found a number");
        QTest::newRow("prejudice null") << set({u"claims"_qs, 1, u"prejudice"_qs}, QJsonValue())
                                        << QStringLiteral("$.claims[1].prejudice: expected an "
                                                          "object, found null");
        QTest::newRow("flag as text")
            << set({u"claims"_qs, 0, u"anyOtherInformation"_qs}, u"yes"_qs)
            << QStringLiteral("$.claims[0].anyOtherInformation: expected true or false");
        QTest::newRow("search without where")
            << set({u"questions"_qs, 0, u"determination"_qs, u"searches"_qs},
                   QJsonArray{QJsonObject{{u"terms"_qs, u"cameras"_qs}}})
            << QStringLiteral("$.questions[0].determination.searches[0].where: this field is "
                              "required");
        QTest::newRow("search date not a date")
            << set({u"questions"_qs, 0, u"determination"_qs, u"searches"_qs},
                   QJsonArray{QJsonObject{{u"where"_qs, u"Finance"_qs},
                                          {u"searchedOn"_qs, u"last week"_qs}}})
            << QStringLiteral("$.questions[0].determination.searches[0].searchedOn: expected a "
                              "date");
        const auto cite = [](const QJsonArray &evidence) {
            return QJsonArray{QJsonObject{{u"where"_qs, u"ANPR"_qs}, {u"evidence"_qs, evidence}}};
        };
        const QJsonObject citation{{u"sha256"_qs, anprSha}, {u"fileName"_qs, u"anpr.png"_qs}};
        QTest::newRow("evidence in a version 1 file")
            << set({u"questions"_qs, 0, u"determination"_qs, u"searches"_qs},
                   cite(QJsonArray{citation}))
            << QStringLiteral("$.questions[0].determination.searches[0].evidence: evidence is "
                              "recorded from format version 2 on; this file says it is version "
                              "1");
        const auto version2 = [set](QList<QVariant> path, QJsonValue value) -> Mutation {
            return [path, value, set](QJsonObject &root) {
                set({u"formatVersion"_qs}, 2)(root);
                set(path, value)(root);
            };
        };
        QTest::newRow("evidence not a SHA-256")
            << version2({u"questions"_qs, 0, u"determination"_qs, u"searches"_qs},
                        cite(QJsonArray{QJsonObject{{u"sha256"_qs, u"ABC"_qs},
                                                    {u"fileName"_qs, u"anpr.png"_qs}}}))
            << QStringLiteral("$.questions[0].determination.searches[0].evidence[0].sha256: "
                              "expected the file's SHA-256 as 64 lower-case hexadecimal digits");
        QTest::newRow("evidence without a name")
            << version2({u"questions"_qs, 0, u"determination"_qs, u"searches"_qs},
                        cite(QJsonArray{QJsonObject{{u"sha256"_qs, anprSha}}}))
            << QStringLiteral("$.questions[0].determination.searches[0].evidence[0].fileName: "
                              "this field is required");
        QTest::newRow("evidence cited twice")
            << version2({u"questions"_qs, 0, u"determination"_qs, u"searches"_qs},
                        cite(QJsonArray{citation, citation}))
            << QStringLiteral("$.questions[0].determination.searches[0].evidence[1].sha256: "
                              "this search already cites that file");
        QTest::newRow("negative hours")
            << set({u"costEstimate"_qs},
                   QJsonObject{
                       {u"activities"_qs,
                        QJsonArray{QJsonObject{{u"kind"_qs, u"locating"_qs}, {u"hours"_qs, -1}}}}})
            << QStringLiteral("$.costEstimate.activities[0].hours: hours cannot be negative");
    }

    void rejectsABadFileNamingTheJsonPath()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, message);
        QJsonObject root = referenceCaseObject();
        mutation(root);
        const Result<Case> read = CaseFile::read(QJsonDocument(root).toJson());
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("case-file.invalid"));
        QVERIFY2(read.error().message.startsWith(message), qPrintable(read.error().message));
    }

    void reportsEveryProblemInTheDetail()
    {
        QJsonObject root = referenceCaseObject();
        setAt(root, {u"reference"_qs}, 1);
        setAt(root, {u"claims"_qs, 1, u"provision"_qs}, u"s99"_qs);
        const Result<Case> read = CaseFile::read(QJsonDocument(root).toJson());
        QVERIFY(!read.ok());
        QVERIFY(read.error().detail.contains(u"$.reference:"));
        QVERIFY(read.error().detail.contains(u"$.claims[1].provision: unknown provision 's99'"));
    }

    void textThatIsNotJsonIsUnreadable()
    {
        const Result<Case> read = CaseFile::read("{\"formatVersion\": 1,");
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("case-file.unreadable"));
        QVERIFY(read.error().message.startsWith(u"$: the case file is not valid JSON"));
    }

    void aListAtTheTopIsNotACase()
    {
        const Result<Case> read = CaseFile::read("[1, 2]");
        QVERIFY(!read.ok());
        QVERIFY(read.error().message.startsWith(u"$: expected an object, found a list"));
    }

    void whatTheWriterProducesIsWhatTheSchemaDocuments()
    {
        const QJsonObject root = schema();
        for (const Case &c : {CaseFile::read(referenceCaseJson()).value(), everyFieldSet()}) {
            QStringList problems;
            conform(QJsonDocument::fromJson(CaseFile::write(c)).object(), root, root,
                    QStringLiteral("$"), problems);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
        }
    }

    void schemaEnumerationsAreTheModelsCodes()
    {
        const QJsonObject root = schema();
        QCOMPARE(schemaEnum(root, u"determination"_qs, u"holding"_qs), allCodes<Holding>());
        QCOMPARE(schemaEnum(root, u"determination"_qs, u"communication"_qs),
                 allCodes<Communication>());
        QCOMPARE(schemaEnum(root, u"determination"_qs, u"closedAnswer"_qs),
                 allCodes<ClosedAnswer>());
        QCOMPARE(schemaEnum(root, u"claim"_qs, u"relieves"_qs), allCodes<Duty>());
        QCOMPARE(schemaEnum(root, u"prejudice"_qs, u"likelihood"_qs), allCodes<Likelihood>());
        QCOMPARE(schemaEnum(root, u"question"_qs, u"personalData"_qs), allCodes<DataSubject>());
        QCOMPARE(schemaEnum(root, u"publicInterest"_qs, u"conclusion"_qs),
                 allCodes<PublicInterestConclusion>());
        QCOMPARE(schemaEnum(root, u"costActivity"_qs, u"kind"_qs), allCodes<CostActivityKind>());
        QCOMPARE(schemaEnum(root, u"clockChange"_qs, u"kind"_qs), allCodes<ClockChangeKind>());
        QCOMPARE(schemaEnum(root, u"authorityKind"_qs, QString()), allCodes<AuthorityKind>());
        QCOMPARE(schemaEnum(root, u"reviewDecision"_qs, QString()), allCodes<ReviewDecision>());
        QCOMPARE(schemaEnum(root, u"decisionNoticeStep"_qs, u"kind"_qs),
                 allCodes<DecisionNoticeStepKind>());
        QCOMPARE(schemaEnum(root, u"tribunalAppeal"_qs, u"appellant"_qs), allCodes<Appellant>());
        QCOMPARE(schemaEnum(root, u"tribunalAppeal"_qs, u"determination"_qs),
                 allCodes<AppealDetermination>());
        QStringList outcome;
        for (const QJsonValue &value : root.value(u"properties"_qs)
                                           .toObject()
                                           .value(u"outcomeOverride"_qs)
                                           .toObject()
                                           .value(u"enum"_qs)
                                           .toArray())
            outcome.append(value.toString());
        QCOMPARE(outcome, allCodes<Outcome>());
    }

    void modelCodesAgreeWithTheLawsCodes()
    {
        for (Duty duty : {Duty::ConfirmOrDeny, Duty::Communicate})
            QCOMPARE(toCode(duty), dutyCode(duty));
        for (AuthorityKind kind :
             {AuthorityKind::GovernmentDepartment, AuthorityKind::WelshGovernment,
              AuthorityKind::Parliament, AuthorityKind::Police, AuthorityKind::LocalAuthority,
              AuthorityKind::AuditBody, AuthorityKind::Other})
            QCOMPARE(toCode(kind), authorityKindCode(kind));
    }

    void everyTruncationOfTheReferenceCaseIsRejectedWithoutCrashing()
    {
        // A cheap fuzz: cut the file at many points; each prefix must fail cleanly.
        const QByteArray json = referenceCaseJson();
        for (qsizetype length = 0; length < json.size() - 2; length += 37)
            QVERIFY(!CaseFile::read(json.left(length)).ok());
    }
};

QTEST_GUILESS_MAIN(TestCaseFile)
#include "tst_case_file.moc"
