#include "core/reply/ReplyComposer.h"

#include "core/law/ExemptionCatalogue.h"
#include "core/model/CaseOutcome.h"
#include "core/model/ConditionGraph.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace foi::core {

namespace {

using Kind = ReplyBlock::Kind;
using Values = QHash<QString, QString>;

QString money(qint64 pence)
{
    return pence % 100 == 0
               ? QString::number(pence / 100)
               : QStringLiteral("%1.%2").arg(pence / 100).arg(pence % 100, 2, 10, QLatin1Char('0'));
}

QString hours(double value)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(value, 'g', 4);
}

QString activityTerm(CostActivityKind kind)
{
    switch (kind) {
    case CostActivityKind::DeterminingWhetherHeld:
        return QStringLiteral("activity_determining");
    case CostActivityKind::Locating:
        return QStringLiteral("activity_locating");
    case CostActivityKind::Retrieving:
        return QStringLiteral("activity_retrieving");
    case CostActivityKind::Extracting:
        return QStringLiteral("activity_extracting");
    }
    return {};
}

// The state of composition: the blocks so far and the helpers that fill paragraphs.
class Letter
{
public:
    Letter(const Case &theCase, const LetterTemplates &templates,
           const ExemptionCatalogue &catalogue)
        : m_case(theCase)
        , m_templates(templates)
        , m_catalogue(catalogue)
    {}

    void add(Kind kind, const QString &text, const QString &label = {},
             const QStringList &items = {})
    {
        m_document.blocks << ReplyBlock{kind, text, label, items};
    }

    // A short piece of wording in the letter's language (terms.json): a heading, a caption.
    QString term(const QString &name, const Values &values = {})
    {
        Result<QString> text = m_templates.render(QStringLiteral("term.") + name, values);
        if (!text) {
            m_error = text.error();
            return {};
        }
        return *text;
    }

    // "7 December 2026", "7 Rhagfyr 2026": the letter's language, not the interface's.
    QString date(const QDate &date) const
    {
        const QLocale locale = m_templates.language() == LetterLanguage::Welsh
                                   ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                                   : QLocale(QLocale::English, QLocale::UnitedKingdom);
        return locale.toString(date, QStringLiteral("d MMMM yyyy"));
    }

    QString joined(const QStringList &numbers)
    {
        if (numbers.size() <= 1)
            return numbers.value(0);
        return numbers.mid(0, numbers.size() - 1).join(QStringLiteral(", ")) +
               term(QStringLiteral("list_and")) + numbers.last();
    }

    // The provision's citation in the letter's language ("Section 24(2)", "Adran 24(2)").
    QString citation(const Provision &provision)
    {
        QString cited = provision.citation;
        for (const auto &[english, name] :
             {std::pair{QStringLiteral("Section"), QStringLiteral("citation_section")},
              std::pair{QStringLiteral("Regulation"), QStringLiteral("citation_regulation")}}) {
            if (cited.startsWith(english))
                cited = term(name) + cited.mid(english.size());
        }
        return cited.replace(QStringLiteral(" and "), term(QStringLiteral("citation_and")));
    }

    QString title(const Provision &provision) const
    {
        const QString own = m_templates.provisionTitle(provision.id);
        return own.isEmpty() ? provision.title : own;
    }

    bool paragraph(const QString &key, const Values &values = {}, Kind kind = Kind::Paragraph)
    {
        Result<QString> text = m_templates.render(key, values);
        if (!text) {
            m_error = text.error();
            return false;
        }
        if (!text->isEmpty())
            add(kind, *text);
        return true;
    }

    QString questionNumber(const QString &id) const
    {
        const qsizetype index = m_case.indexOfQuestion(id);
        return index < 0 ? id : QString::number(index + 1);
    }

    QString questionNumbers(const QStringList &ids)
    {
        QStringList numbers;
        for (const QString &id : ids)
            numbers << questionNumber(id);
        return joined(numbers);
    }

    const Provision *provision(const QString &id)
    {
        const Provision *found = m_catalogue.find(id);
        if (!found)
            m_error =
                Error::make(QStringLiteral("reply.unknown-provision"),
                            QObject::tr("The case relies on '%1', which is not a provision "
                                        "the workbench knows. Correct the claim and try again.")
                                .arg(id));
        return found;
    }

    Result<QString> render(const QString &key, const Values &values)
    {
        Result<QString> text = m_templates.render(key, values);
        if (!text)
            m_error = text.error();
        return text;
    }

    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }
    ReplyDocument &document() { return m_document; }
    const Case &theCase() const { return m_case; }
    bool eir() const { return m_case.regime == Regime::Eir; }

private:
    const Case &m_case;
    const LetterTemplates &m_templates;
    const ExemptionCatalogue &m_catalogue;
    ReplyDocument m_document;
    std::optional<Error> m_error;
};

// "Section 24(2)" heads a paragraph; mid-sentence the Act's own style is "section 24(2)".
QString inSentence(const QString &citation)
{
    if (citation.isEmpty())
        return citation;
    return citation.at(0).toLower() + citation.mid(1);
}

QString dutyAction(Letter &letter, Duty duty)
{
    return letter.term(duty == Duty::ConfirmOrDeny ? QStringLiteral("duty_confirm_deny")
                                                   : QStringLiteral("duty_disclose"));
}

QString likelihoodWords(Letter &letter, Likelihood likelihood)
{
    return letter.term(likelihood == Likelihood::Would ? QStringLiteral("likelihood_would")
                                                       : QStringLiteral("likelihood_likely"));
}

QString claimScope(Letter &letter, const ExemptionClaim &claim)
{
    if (claim.anyOtherInformation && claim.questions.isEmpty())
        return letter.term(QStringLiteral("scope_other"));
    QString scope =
        letter.term(QStringLiteral("scope_questions"),
                    {{QStringLiteral("questions"), letter.questionNumbers(claim.questions)}});
    if (claim.anyOtherInformation)
        scope += letter.term(QStringLiteral("scope_also_other"));
    return scope;
}

void addLetterhead(Letter &letter, const AuthorityProfile &authority, const ReplyOptions &options)
{
    const Case &theCase = letter.theCase();
    QStringList sender{authority.name};
    sender << authority.addressLines;
    if (!authority.foiUnitEmail.isEmpty())
        sender << authority.foiUnitEmail;
    letter.add(Kind::SenderAddress, {}, {}, sender);

    QStringList recipient;
    if (options.withholdRequester) {
        recipient << letter.term(QStringLiteral("requester_withheld_address"));
    } else {
        recipient << theCase.requester.name;
        const QString postal = theCase.requester.addressForCorrespondence.trimmed();
        if (!postal.isEmpty())
            recipient << postal.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        else if (!theCase.requester.email.isEmpty())
            recipient << theCase.requester.email;
    }
    letter.add(Kind::RecipientAddress, {}, {}, recipient);
    letter.add(Kind::Date, letter.date(options.letterDate));
    letter.add(Kind::Reference, theCase.reference, letter.term(QStringLiteral("our_reference")));
    const QString name = options.withholdRequester
                             ? letter.term(QStringLiteral("requester_withheld_name"))
                             : theCase.requester.name;
    letter.add(Kind::Salutation,
               letter.term(QStringLiteral("salutation"), {{QStringLiteral("name"), name}}));
    // The subject line under the salutation, as a letter about one matter carries it.
    const QString title = theCase.title.trimmed();
    if (!title.isEmpty())
        letter.paragraph(QStringLiteral("subject_line"),
                         {{QStringLiteral("request_kind"),
                           letter.term(letter.eir() ? QStringLiteral("request_kind_eir")
                                                    : QStringLiteral("request_kind_foia"))},
                          {QStringLiteral("title"), title}},
                         Kind::Heading);
}

void addRequest(Letter &letter)
{
    const Case &theCase = letter.theCase();
    letter.add(Kind::Heading, letter.term(QStringLiteral("heading_request")));
    letter.paragraph(QStringLiteral("opening"),
                     {{QStringLiteral("received_date"), letter.date(theCase.dateOfReceipt)},
                      {QStringLiteral("regime_act"),
                       letter.term(letter.eir() ? QStringLiteral("regime_act_eir")
                                                : QStringLiteral("regime_act_foia"))}});
    if (!theCase.reply.lateApology.trimmed().isEmpty())
        letter.add(Kind::Paragraph, theCase.reply.lateApology.trimmed());
    letter.paragraph(QStringLiteral("request_intro"));
    for (qsizetype i = 0; i < theCase.questions.size(); ++i)
        letter.add(Kind::Question, theCase.questions.at(i).text, QString::number(i + 1));
}

QString standardAnswerKey(const Letter &letter, const Determination &determination)
{
    switch (determination.holding) {
    case Holding::NotHeld:
        return letter.eir() ? QStringLiteral("not_held_eir") : QStringLiteral("not_held");
    case Holding::Held:
        switch (determination.communication) {
        case Communication::InFull:
            return QStringLiteral("disclosed_full");
        case Communication::InPart:
            return QStringLiteral("disclosed_part");
        case Communication::Withheld:
            return QStringLiteral("withheld");
        default:
            return {};
        }
    default:
        return {};
    }
}

// True when the officer's own answer already tells the requester the information is not held,
// so the letter says it once, in the officer's words, rather than twice.
bool saysNotHeld(const QString &answer)
{
    static const QRegularExpression notHeld(
        QStringLiteral("\\b(?:do|does|did)(?: not|n't|n’t) hold\\b|\\bnot held\\b|"
                       "\\bholds? no\\b|\\bno (?:such |relevant |recorded )?(?:information|"
                       "records?|data) (?:is|are|was|were) held\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return notHeld.match(answer).hasMatch();
}

void addAnswers(Letter &letter, const QString &authorityName)
{
    const Case &theCase = letter.theCase();
    letter.add(Kind::Heading, letter.term(QStringLiteral("heading_response")));
    QStringList fallenAway;
    QString gate;
    const ConditionGraph conditions(theCase);
    for (qsizetype i = 0; i < theCase.questions.size(); ++i) {
        const Question &question = theCase.questions.at(i);
        if (conditions.failed(i)) {
            fallenAway << QString::number(i + 1);
            gate = question.condition->question;
            continue;
        }
        const Determination &determination = question.determination;
        QString key = standardAnswerKey(letter, determination);
        if (determination.holding == Holding::NotHeld && saysNotHeld(determination.answer))
            key = letter.eir() ? QStringLiteral("not_held_eir_basis") : QString();
        letter.add(Kind::Subheading,
                   letter.term(QStringLiteral("question_number"),
                               {{QStringLiteral("number"), QString::number(i + 1)}}));
        if (!key.isEmpty())
            letter.paragraph(key, {{QStringLiteral("authority"), authorityName}}, Kind::Answer);
        if (determination.holding == Holding::NeitherConfirmNorDeny)
            letter.add(Kind::Answer, letter.term(QStringLiteral("ncnd_answer")));
        if (!determination.availableAt.trimmed().isEmpty())
            letter.paragraph(QStringLiteral("s21_available"),
                             {{QStringLiteral("where"), determination.availableAt.trimmed()}},
                             Kind::Answer);
        if (!determination.answer.trimmed().isEmpty())
            letter.add(Kind::Answer, determination.answer.trimmed());
    }
    if (!fallenAway.isEmpty())
        letter.paragraph(QStringLiteral("questions_fall_away"),
                         {{QStringLiteral("questions"), letter.joined(fallenAway)},
                          {QStringLiteral("gate"), letter.questionNumber(gate)}});
}

// The first condition of s40(2) (s40(3A)(a)) or EIR reg 13(1)(a): the three questions of the
// legitimate interests test (UK GDPR Art 6(1)(f)), each answer under its own caption.
void addLegitimateInterests(Letter &letter, const ExemptionClaim &claim)
{
    if (!claim.legitimateInterests || claim.legitimateInterests->isEmpty())
        return;
    const LegitimateInterestsTest &test = *claim.legitimateInterests;
    letter.paragraph(QStringLiteral("legitimate_interests"));
    for (const auto &[caption, answer] :
         {std::pair{letter.term(QStringLiteral("caption_legitimate_interest")),
                    test.legitimateInterest},
          std::pair{letter.term(QStringLiteral("caption_necessity")), test.necessity},
          std::pair{letter.term(QStringLiteral("caption_balancing")), test.balancingTest}}) {
        if (!answer.trimmed().isEmpty())
            letter.add(Kind::Paragraph, answer.trimmed(), caption);
    }
}

void addClaimWorking(Letter &letter, const ExemptionClaim &claim, const Provision &provision)
{
    const QString cited = letter.citation(provision);
    const Values citation{{QStringLiteral("citation"), inSentence(cited)},
                          {QStringLiteral("duty_action"), dutyAction(letter, claim.relieves)}};
    letter.add(Kind::Subheading, QStringLiteral("%1 – %2").arg(cited, letter.title(provision)));
    if (!claim.reason.trimmed().isEmpty())
        letter.add(Kind::Paragraph, claim.reason.trimmed());
    // The EIR speak of exceptions, not exemptions, and the qualified ones carry reg 12(2)'s
    // presumption in favour of disclosure.
    const QString note =
        provision.absolute ? QStringLiteral("absolute_note") : QStringLiteral("qualified_note");
    letter.paragraph(letter.eir() ? note + QStringLiteral("_eir") : note, citation);
    if (claim.prejudice && !claim.prejudice->harm.trimmed().isEmpty()) {
        const PrejudiceTest &test = *claim.prejudice;
        if (!test.interest.trimmed().isEmpty())
            letter.add(Kind::Paragraph, test.interest.trimmed(),
                       letter.term(QStringLiteral("caption_interest")));
        Result<QString> likelihood = letter.render(
            QStringLiteral("prejudice_likelihood"),
            {{QStringLiteral("duty_action_gerund"), dutyAction(letter, claim.relieves)},
             {QStringLiteral("likelihood"), likelihoodWords(letter, test.likelihood)}});
        if (likelihood)
            letter.add(Kind::Paragraph, *likelihood,
                       letter.term(QStringLiteral("caption_likelihood")));
        letter.add(Kind::Paragraph, test.harm.trimmed(),
                   letter.term(QStringLiteral("caption_harm")));
    }
    addLegitimateInterests(letter, claim);
    if (claim.qualifiedPersonOpinion)
        letter.add(
            Kind::Paragraph,
            letter.term(
                QStringLiteral("qualified_person"),
                {{QStringLiteral("citation"), cited},
                 {QStringLiteral("person"), claim.qualifiedPersonOpinion->qualifiedPerson},
                 {QStringLiteral("date"), letter.date(claim.qualifiedPersonOpinion->givenOn)},
                 {QStringLiteral("opinion"), claim.qualifiedPersonOpinion->opinion}}));
    if (claim.certificate)
        letter.add(Kind::Paragraph,
                   letter.term(letter.eir() ? QStringLiteral("certificate_eir")
                                            : QStringLiteral("certificate"),
                               {{QStringLiteral("signed_by"), claim.certificate->signedBy},
                                {QStringLiteral("date"), letter.date(claim.certificate->signedOn)},
                                {QStringLiteral("provision"), claim.certificate->provision},
                                {QStringLiteral("reference"), claim.certificate->reference}}));
}

void addPublicInterest(Letter &letter, const ExemptionClaim &claim, const Provision &provision)
{
    if (!claim.publicInterest)
        return;
    const PublicInterestTest &test = *claim.publicInterest;
    const QString cited = inSentence(letter.citation(provision));
    const Values values{{QStringLiteral("citation"), cited},
                        {QStringLiteral("duty_action"), dutyAction(letter, claim.relieves)}};
    letter.paragraph(QStringLiteral("pit_heading"), {{QStringLiteral("citation"), cited}},
                     Kind::Subheading);
    for (const auto &[key, factors] :
         {std::pair{QStringLiteral("pit_favouring_disclosure_caption"), test.favouringDisclosure},
          std::pair{letter.eir() ? QStringLiteral("pit_favouring_exception_caption")
                                 : QStringLiteral("pit_favouring_exemption_caption"),
                    test.favouringExemption}}) {
        if (factors.isEmpty())
            continue;
        Result<QString> caption = letter.render(key, values);
        letter.add(Kind::List, {}, caption ? *caption : QString(), factors);
    }
    if (!test.balance.trimmed().isEmpty()) {
        letter.paragraph(QStringLiteral("pit_balance_caption"), values, Kind::Caption);
        for (const QString &paragraph : test.balance.trimmed().split(QStringLiteral("\n\n")))
            letter.add(Kind::Paragraph, paragraph.trimmed());
    }
    if (test.conclusion == PublicInterestConclusion::MaintainExemption)
        letter.paragraph(QStringLiteral("pit_conclusion_maintain"), values);
    else if (test.conclusion == PublicInterestConclusion::Disclose)
        letter.paragraph(QStringLiteral("pit_conclusion_disclose"), values);
}

// Claims grouped by the duty they relieve and what they cover, each group introduced once.
void addRefusals(Letter &letter, const QString &authorityName)
{
    const Case &theCase = letter.theCase();
    QList<const ExemptionClaim *> ncnd;
    QList<const ExemptionClaim *> withheld;
    for (const ExemptionClaim &claim : theCase.claims)
        (claim.relieves == Duty::ConfirmOrDeny ? ncnd : withheld) << &claim;
    if (ncnd.isEmpty() && withheld.isEmpty())
        return;

    letter.add(Kind::Heading, letter.term(letter.eir() ? QStringLiteral("heading_exceptions")
                                                       : QStringLiteral("heading_exemptions")));
    letter.paragraph(letter.eir() ? QStringLiteral("refusal_notice_eir")
                                  : QStringLiteral("refusal_notice"));
    for (const auto &[claims, key] : {std::pair{ncnd, QStringLiteral("ncnd_decision")},
                                      std::pair{withheld, QStringLiteral("exemption_withheld")}}) {
        if (claims.isEmpty())
            continue;
        QStringList citations;
        QString scope;
        for (const ExemptionClaim *claim : claims) {
            const Provision *provision = letter.provision(claim->provision);
            if (!provision)
                return;
            citations << QStringLiteral("%1 – %2").arg(letter.citation(*provision),
                                                       letter.title(*provision));
            const QString claimScopeText = claimScope(letter, *claim);
            if (!scope.contains(claimScopeText))
                scope = scope.isEmpty()
                            ? claimScopeText
                            : scope + letter.term(QStringLiteral("scope_join")) + claimScopeText;
        }
        citations.removeDuplicates();
        letter.paragraph(
            key, {{QStringLiteral("authority"), authorityName}, {QStringLiteral("scope"), scope}});
        letter.add(Kind::List, {}, {}, citations);
    }

    if (!ncnd.isEmpty() && !theCase.ncndHarm.trimmed().isEmpty()) {
        letter.paragraph(QStringLiteral("harm_overall_heading"), {}, Kind::Subheading);
        letter.add(Kind::Paragraph, theCase.ncndHarm.trimmed());
    }
    for (const ExemptionClaim &claim : theCase.claims) {
        if (const Provision *provision = letter.provision(claim.provision))
            addClaimWorking(letter, claim, *provision);
    }
    bool anyTest = false;
    for (const ExemptionClaim &claim : theCase.claims)
        anyTest = anyTest || claim.publicInterest.has_value();
    if (anyTest)
        letter.add(Kind::Heading, letter.term(QStringLiteral("heading_public_interest")));
    for (const ExemptionClaim &claim : theCase.claims) {
        if (const Provision *provision = letter.provision(claim.provision))
            addPublicInterest(letter, claim, *provision);
    }
    for (const ClockChange &event : theCase.clockChanges) {
        if (event.kind == ClockChangeKind::PublicInterestExtension &&
            event.estimatedDecisionDate.isValid())
            letter.paragraph(
                QStringLiteral("extension_notice"),
                {{QStringLiteral("decision_date"), letter.date(event.estimatedDecisionDate)}});
    }
    if (!ncnd.isEmpty())
        letter.paragraph(QStringLiteral("ncnd_no_inference"));
}

bool anyQuestion(const Case &theCase, Communication communication)
{
    for (const Question &question : theCase.questions) {
        if (question.determination.communication == communication)
            return true;
    }
    return false;
}

void addProceduralRefusals(Letter &letter, const AuthorityProfile &authority)
{
    const Case &theCase = letter.theCase();
    if (anyQuestion(theCase, Communication::RefusedCost) && theCase.costEstimate) {
        const CostEstimate &estimate = *theCase.costEstimate;
        const qint64 limit = CostEstimate::appropriateLimitPence(authority.kind);
        letter.add(Kind::Heading, letter.term(QStringLiteral("heading_cost")));
        letter.paragraph(QStringLiteral("s12_refusal"),
                         {{QStringLiteral("limit"), money(limit)},
                          {QStringLiteral("authority"), authority.name},
                          {QStringLiteral("limit_hours"),
                           hours(double(limit) / CostEstimate::hourlyRatePence)}});
        QStringList activities;
        for (const CostActivity &activity : estimate.activities) {
            QString line =
                letter.term(QStringLiteral("activity_hours"),
                            {{QStringLiteral("activity"), letter.term(activityTerm(activity.kind))},
                             {QStringLiteral("hours"), hours(activity.hours)}});
            if (!activity.basis.trimmed().isEmpty())
                line += QStringLiteral(". ") + activity.basis.trimmed();
            activities << line;
        }
        letter.paragraph(QStringLiteral("s12_estimate_caption"),
                         {{QStringLiteral("total_hours"), hours(estimate.totalHours())},
                          {QStringLiteral("total_cost"), money(estimate.costPence())}});
        letter.add(Kind::List, {}, {}, activities);
    }
    const bool vexatious = anyQuestion(theCase, Communication::RefusedVexatious);
    if (vexatious || anyQuestion(theCase, Communication::RefusedRepeated)) {
        letter.add(Kind::Heading, letter.term(QStringLiteral("heading_refusing")));
        letter.paragraph(QStringLiteral("s14_refusal"),
                         {{QStringLiteral("subsection"),
                           vexatious ? QStringLiteral("14(1)") : QStringLiteral("14(2)")},
                          {QStringLiteral("reasons"), theCase.vexatiousReasons.trimmed()}});
    }
    if (!theCase.adviceAndAssistance.trimmed().isEmpty())
        letter.paragraph(QStringLiteral("s16_advice"),
                         {{QStringLiteral("advice"), theCase.adviceAndAssistance.trimmed()}});
}

void addRightsAndSignature(Letter &letter, const AuthorityProfile &authority, const QString &review,
                           const QString &complaint)
{
    letter.add(Kind::Heading, letter.term(QStringLiteral("heading_rights")));
    for (const QString &text : {review, complaint}) {
        for (const QString &paragraph : text.trimmed().split(QStringLiteral("\n\n")))
            letter.add(Kind::Paragraph, paragraph.trimmed());
    }
    letter.paragraph(QStringLiteral("closing"), {}, Kind::Signature);
    QStringList lines;
    if (!authority.signatory.isEmpty())
        lines << authority.signatory;
    if (!authority.signatoryRole.isEmpty())
        lines << authority.signatoryRole;
    lines << (authority.foiUnitName.isEmpty() ? authority.name : authority.foiUnitName);
    if (!authority.foiUnitName.isEmpty())
        lines << authority.name;
    letter.add(Kind::Signature, {}, {}, lines);
}

} // namespace

ReplyComposer::ReplyComposer(const ExemptionCatalogue &catalogue, const LetterTemplates &templates)
    : m_catalogue(catalogue)
    , m_templates(templates)
{}

QString ReplyComposer::internalReviewContact(const AuthorityProfile &authority)
{
    for (const QString &contact :
         {authority.internalReviewContact, authority.foiUnitEmail, authority.name}) {
        if (!contact.trimmed().isEmpty())
            return contact.trimmed();
    }
    return {};
}

QString ReplyComposer::internalReviewKey(const Case &theCase)
{
    return theCase.regime == Regime::Eir ? QStringLiteral("internal_review_eir")
                                         : QStringLiteral("internal_review");
}

QString ReplyComposer::complaintRightsKey(const Case &theCase)
{
    return theCase.regime == Regime::Eir ? QStringLiteral("complaint_rights_eir")
                                         : QStringLiteral("complaint_rights");
}

Result<QString> ReplyComposer::defaultInternalReviewText(const Case &theCase,
                                                         const AuthorityProfile &authority) const
{
    return m_templates.render(internalReviewKey(theCase), {{QStringLiteral("review_contact"),
                                                            internalReviewContact(authority)}});
}

Result<QString> ReplyComposer::defaultComplaintRightsText(const Case &theCase) const
{
    return m_templates.render(complaintRightsKey(theCase), {});
}

namespace {

// The longest run of characters with no white space in `text`. Linear.
qsizetype longestRun(const QString &text)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c.isSpace() ? 0 : run + 1;
        longest = std::max(longest, run);
    }
    return longest;
}

// Refuses a letter with text no line can break, which would take minutes to lay out.
Status checkBreakable(const ReplyDocument &document)
{
    for (qsizetype i = 0; i < document.blocks.size(); ++i) {
        const ReplyBlock &block = document.blocks.at(i);
        qsizetype longest = std::max(longestRun(block.text), longestRun(block.label));
        for (const QString &item : block.items)
            longest = std::max(longest, longestRun(item));
        if (longest <= ReplyComposer::maxUnbrokenRun)
            continue;
        const QString start = (block.text + block.items.join(u' ')).left(40);
        return Error::make(
            QStringLiteral("reply.unbreakable-text"),
            QObject::tr("The letter cannot be laid out: a passage beginning \"%1…\" has %L2 "
                        "characters without a space or line break, and a letter takes at most "
                        "%L3. Break it up with spaces or line breaks, or send it as an "
                        "attachment instead.")
                .arg(start)
                .arg(longest)
                .arg(ReplyComposer::maxUnbrokenRun),
            QStringLiteral("block %1: %2 characters without white space").arg(i).arg(longest));
    }
    return success();
}

} // namespace

ReplyDocument ReplyComposer::welshFirst(const ReplyDocument &welsh, const ReplyDocument &english,
                                        const QString &separator)
{
    ReplyDocument combined = welsh;
    combined.title = welsh.title + QStringLiteral(" / ") + english.title;
    combined.blocks << ReplyBlock{Kind::Heading, separator, {}, {}};
    bool letterhead = true;
    for (const ReplyBlock &block : english.blocks) {
        letterhead = letterhead && block.kind != Kind::Salutation;
        if (!letterhead)
            combined.blocks << block;
    }
    return combined;
}

Result<ReplyDocument> ReplyComposer::compose(const Case &theCase, const AuthorityProfile &authority,
                                             const ReplyOptions &options) const
{
    Letter letter(theCase, m_templates, m_catalogue);
    ReplyDocument &document = letter.document();
    document.reference = theCase.reference;
    document.author = authority.name;
    document.logoPath = authority.logoPath;
    document.draft = options.draft;
    document.language = letterLanguageTag(m_templates.language());
    document.title =
        letter.term(theCase.regime == Regime::Eir ? QStringLiteral("document_title_eir")
                                                  : QStringLiteral("document_title_foia"),
                    {{QStringLiteral("reference"), theCase.reference}});
    document.bandReference = letter.term(QStringLiteral("band_reference"),
                                         {{QStringLiteral("reference"), theCase.reference}});
    document.bandPage =
        letter.term(QStringLiteral("band_page"), {{QStringLiteral("page"), QStringLiteral("%1")},
                                                  {QStringLiteral("pages"), QStringLiteral("%2")}});
    document.bandDraft = letter.term(QStringLiteral("band_draft"));
    document.watermark = letter.term(QStringLiteral("watermark_draft"));

    // A Welsh letter carries the case's Welsh paragraphs, never its English ones.
    const bool welsh = m_templates.language() == LetterLanguage::Welsh;
    const QString &ownReview =
        welsh ? theCase.reply.internalReviewProcedureWelsh : theCase.reply.internalReviewProcedure;
    const QString &ownComplaint =
        welsh ? theCase.reply.complaintRightsWelsh : theCase.reply.complaintRights;
    Result<QString> review = ownReview.trimmed().isEmpty()
                                 ? defaultInternalReviewText(theCase, authority)
                                 : Result<QString>(ownReview);
    Result<QString> complaint = ownComplaint.trimmed().isEmpty()
                                    ? defaultComplaintRightsText(theCase)
                                    : Result<QString>(ownComplaint);
    if (!review)
        return review.error();
    if (!complaint)
        return complaint.error();

    addLetterhead(letter, authority, options);
    addRequest(letter);
    addAnswers(letter, authority.name);
    addRefusals(letter, authority.name);
    addProceduralRefusals(letter, authority);
    addRightsAndSignature(letter, authority, *review, *complaint);
    if (letter.failed())
        return letter.error();
    if (Status breakable = checkBreakable(document); !breakable)
        return breakable.error();
    return document;
}

} // namespace foi::core
