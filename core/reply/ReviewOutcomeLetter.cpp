#include "core/reply/ReviewOutcomeLetter.h"

#include "core/law/ExemptionCatalogue.h"
#include "core/model/ReviewOutcome.h"

#include <QLocale>

#include <algorithm>
#include <optional>

namespace foi::core {

namespace {

using Kind = ReplyBlock::Kind;
using Values = QHash<QString, QString>;

// "20 July 2018", "20 Gorffennaf 2018": the letter's language, not the interface's.
QString longDate(const QDate &date, LetterLanguage language)
{
    const QLocale locale = language == LetterLanguage::Welsh
                               ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

// The letter's wording from its templates; the first failure is kept.
class Wording
{
public:
    explicit Wording(const LetterTemplates &templates)
        : m_templates(templates)
    {}

    QString operator()(const QString &key, const Values &values = {})
    {
        Result<QString> text = m_templates.render(key, values);
        if (!text) {
            if (!m_error)
                m_error = text.error();
            return {};
        }
        return text->trimmed();
    }
    QString term(const QString &name, const Values &values = {})
    {
        return (*this)(QStringLiteral("term.") + name, values);
    }

    QString date(const QDate &date) const { return longDate(date, m_templates.language()); }

    // The provision as the letter cites it: "Section 24(2) (National security ...)",
    // "Adran 24(2) (Diogelwch cenedlaethol ...)".
    QString provision(const Provision &provision)
    {
        QString cited = provision.citation;
        for (const auto &[english, name] :
             {std::pair{QStringLiteral("Section"), QStringLiteral("citation_section")},
              std::pair{QStringLiteral("Regulation"), QStringLiteral("citation_regulation")}}) {
            if (cited.startsWith(english))
                cited = term(name) + cited.mid(english.size());
        }
        cited.replace(QStringLiteral(" and "), term(QStringLiteral("citation_and")));
        const QString own = m_templates.provisionTitle(provision.id);
        return QStringLiteral("%1 (%2)").arg(cited, own.isEmpty() ? provision.title : own);
    }

    const std::optional<Error> &error() const { return m_error; }

private:
    const LetterTemplates &m_templates;
    std::optional<Error> m_error;
};

bool isLetterhead(Kind kind)
{
    return kind == Kind::SenderAddress || kind == Kind::RecipientAddress || kind == Kind::Date ||
           kind == Kind::Reference || kind == Kind::Salutation;
}

// The requester's question as the letter quotes it: long questions are cut at a word.
QString shortened(const QString &text)
{
    constexpr qsizetype limit = 160;
    const QString simple = text.simplified();
    if (simple.size() <= limit)
        return simple;
    const qsizetype space = simple.lastIndexOf(QLatin1Char(' '), limit);
    return simple.left(space > 0 ? space : limit) + QStringLiteral("…");
}

// The term that words a decision: "review_item_maintained", "review_outcome_overturned".
QString decisionTerm(const QString &prefix, ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::OriginalMaintained:
        return prefix + QStringLiteral("maintained");
    case ReviewDecision::OriginalPartlyMaintained:
        return prefix + QStringLiteral("partly_maintained");
    case ReviewDecision::OriginalOverturned:
        return prefix + QStringLiteral("overturned");
    case ReviewDecision::Withdrawn:
        return prefix + QStringLiteral("withdrawn");
    case ReviewDecision::ClosedOtherwise:
        return prefix + QStringLiteral("closed");
    case ReviewDecision::Undecided:
        break;
    }
    return prefix + QStringLiteral("undecided");
}

// The reviewed item as its subheading names it: the answer to a question, or a provision as
// applied to it.
QString describeItem(Wording &say, const ExemptionCatalogue &catalogue,
                     const InternalReview &review, const ReviewItemKey &key)
{
    QString question = say.term(QStringLiteral("review_other_information"));
    const auto &questions = review.original.questions();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        if (questions.at(i).id == key.questionId) {
            question = say.term(QStringLiteral("review_question"),
                                {{QStringLiteral("number"), QString::number(i + 1)},
                                 {QStringLiteral("question"), shortened(questions.at(i).text)}});
            break;
        }
    }
    if (key.provision.isEmpty())
        return say.term(QStringLiteral("review_answer_to"),
                        {{QStringLiteral("question"), question}});
    const Provision *provision = catalogue.find(key.provision);
    return say.term(
        QStringLiteral("review_provision_applied"),
        {{QStringLiteral("provision"), provision ? say.provision(*provision) : key.provision},
         {QStringLiteral("question"), question}});
}

} // namespace

ReviewOutcomeLetter::ReviewOutcomeLetter(const ExemptionCatalogue &catalogue,
                                         const LetterTemplates &templates)
    : m_catalogue(catalogue)
    , m_templates(templates)
{}

Result<QString> ReviewOutcomeLetter::complaintHeading() const
{
    return m_templates.render(QStringLiteral("term.review_complaint_heading"), {});
}

Result<QString> ReviewOutcomeLetter::standardComplaintRights(Regime regime) const
{
    return m_templates.render(regime == Regime::Eir
                                  ? QStringLiteral("review_outcome_complaint_rights_eir")
                                  : QStringLiteral("review_outcome_complaint_rights"),
                              {});
}

Result<ReplyDocument> ReviewOutcomeLetter::compose(const ReplyDocument &reply, const Case &theCase,
                                                   const InternalReview &review,
                                                   const QDate &letterDate) const
{
    Wording say(m_templates);
    ReplyDocument letter;
    letter.title =
        say.term(QStringLiteral("review_title"), {{QStringLiteral("reference"), reply.reference}});
    letter.author = reply.author;
    letter.reference = reply.reference;
    letter.draft = reply.draft;
    letter.logoPath = reply.logoPath;
    letter.language = letterLanguageTag(m_templates.language());
    letter.bandReference = reply.bandReference;
    letter.bandPage = reply.bandPage;
    letter.bandDraft = reply.bandDraft;
    letter.watermark = reply.watermark;
    const auto add = [&letter](Kind kind, const QString &text, const QString &label = {}) {
        letter.blocks.append(ReplyBlock{kind, text, label, {}});
    };

    for (const ReplyBlock &block : reply.blocks) {
        if (!isLetterhead(block.kind))
            break;
        ReplyBlock copy = block;
        if (copy.kind == Kind::Date)
            copy.text = say.date(letterDate);
        letter.blocks.append(copy);
    }

    const bool eir = theCase.regime == Regime::Eir;
    add(Kind::Heading,
        say.term(eir ? QStringLiteral("review_heading_eir") : QStringLiteral("review_heading")));
    const QDate sentOn = theCase.reply.sent.isEmpty() ? theCase.reply.sentOn
                                                      : theCase.reply.sent.constFirst().sentOn;
    const Values dates{{QStringLiteral("received"), say.date(review.requestReceived)},
                       {QStringLiteral("sent_on"), say.date(sentOn)},
                       {QStringLiteral("request_date"), say.date(theCase.dateOfReceipt)}};
    add(Kind::Paragraph, say(sentOn.isValid() ? QStringLiteral("review_outcome_opening")
                                              : QStringLiteral("review_outcome_opening_unanswered"),
                             dates) +
                             QLatin1Char(' ') +
                             say(eir ? QStringLiteral("review_outcome_procedure_eir")
                                     : QStringLiteral("review_outcome_procedure")));
    const QDate basis = review.basisDate.isValid() ? review.basisDate : theCase.dateOfReceipt;
    add(Kind::Paragraph, say(review.independenceOverride.trimmed().isEmpty()
                                 ? QStringLiteral("review_outcome_reviewer_independent")
                                 : QStringLiteral("review_outcome_reviewer"),
                             {{QStringLiteral("reviewer"), review.reviewer.trimmed()}}) +
                             QLatin1Char(' ') +
                             say(QStringLiteral("review_outcome_afresh"),
                                 {{QStringLiteral("basis_date"), say.date(basis)}}));

    add(Kind::Heading, say.term(QStringLiteral("review_items_heading")));
    for (const ReviewItemKey &key : review.original.items()) {
        const auto it = std::find_if(review.items.cbegin(), review.items.cend(),
                                     [&key](const ReviewedItem &item) { return item.key == key; });
        const ReviewDecision decision =
            it == review.items.cend() ? ReviewDecision::Undecided : it->decision;
        add(Kind::Subheading, describeItem(say, m_catalogue, review, key));
        add(Kind::Paragraph, say.term(decisionTerm(QStringLiteral("review_item_"), decision)));
        if (it != review.items.cend() && !it->reasons.trimmed().isEmpty())
            add(Kind::Paragraph, it->reasons.trimmed(),
                say.term(QStringLiteral("review_reasons_caption")));
    }

    add(Kind::Heading, say.term(QStringLiteral("review_outcome_heading")));
    add(Kind::Paragraph,
        say.term(decisionTerm(QStringLiteral("review_outcome_"), ReviewOutcome::of(review))));
    if (review.releasedOnChangedCircumstances)
        add(Kind::Paragraph, say(QStringLiteral("review_outcome_changed_circumstances")));
    if (!review.releasedNow.trimmed().isEmpty()) {
        add(Kind::Heading, say.term(QStringLiteral("review_released_heading")));
        for (const QString &paragraph : review.releasedNow.trimmed().split(QStringLiteral("\n\n")))
            add(Kind::Paragraph, paragraph.trimmed());
    }

    QString rights = review.complaintRights.trimmed();
    if (rights.isEmpty())
        rights = say(eir ? QStringLiteral("review_outcome_complaint_rights_eir")
                         : QStringLiteral("review_outcome_complaint_rights"));
    add(Kind::Heading, say.term(QStringLiteral("review_complaint_heading")));
    for (const QString &paragraph : rights.split(QStringLiteral("\n\n")))
        add(Kind::Paragraph, paragraph.trimmed());
    if (say.error())
        return *say.error();

    // The reply's closing and signature.
    qsizetype signature = reply.blocks.size();
    while (signature > 0 && reply.blocks.at(signature - 1).kind == Kind::Signature)
        --signature;
    for (qsizetype i = signature; i < reply.blocks.size(); ++i)
        letter.blocks.append(reply.blocks.at(i));
    return letter;
}

} // namespace foi::core
