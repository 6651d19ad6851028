#include "core/reply/ReviewOutcomeLetter.h"

#include "core/law/ExemptionCatalogue.h"
#include "core/model/ReviewOutcome.h"

#include <QCoreApplication>

#include <algorithm>
#include <QLocale>

namespace foi::core {

namespace {

using Kind = ReplyBlock::Kind;

QString tr(const char *text)
{
    return QCoreApplication::translate("foi::core::ReviewOutcomeLetter", text);
}

QString longDate(const QDate &date)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("d MMMM yyyy"));
}

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

QString itemDecision(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::OriginalMaintained:
        return tr("We maintain the original decision.");
    case ReviewDecision::OriginalPartlyMaintained:
        return tr("We maintain part of the original decision and have changed the rest, as set "
                  "out below.");
    case ReviewDecision::OriginalOverturned:
        return tr("We have not maintained the original decision: it is overturned.");
    case ReviewDecision::Withdrawn:
        return tr("You withdrew this part of your complaint, so we have not reconsidered it.");
    case ReviewDecision::ClosedOtherwise:
        return tr("We have closed this part of the review without reconsidering it.");
    case ReviewDecision::Undecided:
        break;
    }
    return tr("Not yet decided.");
}

QString overallDecision(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::OriginalMaintained:
        return tr("Having reconsidered every part of your complaint, we maintain our original "
                  "decision.");
    case ReviewDecision::OriginalPartlyMaintained:
        return tr("We maintain part of our original decision and have changed part of it.");
    case ReviewDecision::OriginalOverturned:
        return tr("We have not maintained our original decision.");
    case ReviewDecision::Withdrawn:
        return tr("You withdrew your complaint, so the review ends without a decision.");
    case ReviewDecision::ClosedOtherwise:
        return tr("The review is closed without a decision on the original reply.");
    case ReviewDecision::Undecided:
        break;
    }
    return tr("The review has not yet been decided.");
}

} // namespace

ReviewOutcomeLetter::ReviewOutcomeLetter(const ExemptionCatalogue &catalogue,
                                         const LetterTemplates &templates)
    : m_catalogue(catalogue)
    , m_templates(templates)
{}

QString ReviewOutcomeLetter::complaintHeading()
{
    return tr("Your right to complain to the Information Commissioner");
}

Result<QString> ReviewOutcomeLetter::standardComplaintRights(Regime regime) const
{
    return m_templates.render(regime == Regime::Eir
                                  ? QStringLiteral("review_outcome_complaint_rights_eir")
                                  : QStringLiteral("review_outcome_complaint_rights"),
                              {});
}

QString ReviewOutcomeLetter::describeItem(const InternalReview &review,
                                          const ReviewItemKey &key) const
{
    QString question = tr("any other information you asked for");
    const auto &questions = review.original.questions();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        if (questions.at(i).id == key.questionId) {
            question =
                tr("question %1 (\u201c%2\u201d)").arg(i + 1).arg(shortened(questions.at(i).text));
            break;
        }
    }
    if (key.provision.isEmpty()) {
        QString answer = tr("Our answer to %1").arg(question);
        return answer;
    }
    const Provision *provision = m_catalogue.find(key.provision);
    const QString cited = provision
                              ? QStringLiteral("%1 (%2)").arg(provision->citation, provision->title)
                              : key.provision;
    return tr("%1, as applied to %2").arg(cited, question);
}

Result<ReplyDocument> ReviewOutcomeLetter::compose(const ReplyDocument &reply, const Case &theCase,
                                                   const InternalReview &review,
                                                   const QDate &letterDate) const
{
    ReplyDocument letter;
    letter.title = tr("Internal review of request %1").arg(reply.reference);
    letter.author = reply.author;
    letter.reference = reply.reference;
    letter.draft = reply.draft;
    letter.logoPath = reply.logoPath;
    const auto add = [&letter](Kind kind, const QString &text, const QString &label = {},
                               const QStringList &items = {}) {
        letter.blocks.append(ReplyBlock{kind, text, label, items});
    };

    for (const ReplyBlock &block : reply.blocks) {
        if (!isLetterhead(block.kind))
            break;
        ReplyBlock copy = block;
        if (copy.kind == Kind::Date)
            copy.text = longDate(letterDate);
        letter.blocks.append(copy);
    }

    const bool eir = theCase.regime == Regime::Eir;
    add(Kind::Heading,
        eir ? tr("Our reconsideration of your request") : tr("Internal review of your request"));
    const QDate sentOn = theCase.reply.sent.isEmpty() ? theCase.reply.sentOn
                                                      : theCase.reply.sent.constFirst().sentOn;
    const QString received = longDate(review.requestReceived);
    QString opening =
        sentOn.isValid() ? tr("On %1 you asked us to review our reply of %2 to your request of %3.")
                               .arg(received, longDate(sentOn), longDate(theCase.dateOfReceipt))
                         : tr("On %1 you asked us to review how we dealt with your request of %2.")
                               .arg(received, longDate(theCase.dateOfReceipt));
    opening += QLatin1Char(' ');
    opening += eir ? tr("We have reconsidered it under regulation 11 of the Environmental "
                        "Information Regulations 2004.")
                   : tr("We have reviewed it under our internal review procedure, which follows "
                        "the code of practice issued under section 45 of the Freedom of "
                        "Information Act 2000.");
    add(Kind::Paragraph, opening);
    QString who = review.independenceOverride.trimmed().isEmpty()
                      ? tr("The review was carried out by %1, who took no part in the original "
                           "decision.")
                            .arg(review.reviewer.trimmed())
                      : tr("The review was carried out by %1.").arg(review.reviewer.trimmed());
    const QDate basis = review.basisDate.isValid() ? review.basisDate : theCase.dateOfReceipt;
    who += QLatin1Char(' ');
    who += tr("It looked at your request afresh, as matters stood when you made it on %1.")
               .arg(longDate(basis));
    add(Kind::Paragraph, who);

    add(Kind::Heading, tr("What we reconsidered and what we decided"));
    for (const ReviewItemKey &key : review.original.items()) {
        const auto it = std::find_if(review.items.cbegin(), review.items.cend(),
                                     [&key](const ReviewedItem &item) { return item.key == key; });
        const ReviewDecision decision =
            it == review.items.cend() ? ReviewDecision::Undecided : it->decision;
        add(Kind::Subheading, describeItem(review, key));
        add(Kind::Paragraph, itemDecision(decision));
        if (it != review.items.cend() && !it->reasons.trimmed().isEmpty())
            add(Kind::Paragraph, it->reasons.trimmed(), tr("Our reasons:"));
    }

    add(Kind::Heading, tr("The outcome of the review"));
    add(Kind::Paragraph, overallDecision(ReviewOutcome::of(review)));
    if (review.releasedOnChangedCircumstances)
        add(Kind::Paragraph,
            tr("Some information is released now because circumstances have changed since you "
               "made your request. That release is not a finding that the original decision was "
               "wrong at the time."));
    if (!review.releasedNow.trimmed().isEmpty()) {
        add(Kind::Heading, tr("What we now release"));
        for (const QString &paragraph : review.releasedNow.trimmed().split(QStringLiteral("\n\n")))
            add(Kind::Paragraph, paragraph.trimmed());
    }

    QString rights = review.complaintRights.trimmed();
    if (rights.isEmpty()) {
        Result<QString> standard = standardComplaintRights(theCase.regime);
        if (!standard)
            return standard.error();
        rights = standard->trimmed();
    }
    add(Kind::Heading, complaintHeading());
    for (const QString &paragraph : rights.split(QStringLiteral("\n\n")))
        add(Kind::Paragraph, paragraph.trimmed());

    // The reply's closing and signature.
    qsizetype signature = reply.blocks.size();
    while (signature > 0 && reply.blocks.at(signature - 1).kind == Kind::Signature)
        --signature;
    for (qsizetype i = signature; i < reply.blocks.size(); ++i)
        letter.blocks.append(reply.blocks.at(i));
    return letter;
}

} // namespace foi::core
