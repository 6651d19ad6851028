#include "app/cli/MatterInvocation.h"
#include "core/law/ExemptionCatalogue.h"
#include "core/model/ReviewOutcome.h"
#include "core/reply/AtomicFile.h"
#include "core/reply/AuthorityProfileLocator.h"
#include "core/services/ReviewLetterService.h"

#include <QJsonArray>

namespace foi::app {

namespace {

// The authority that signs: --authority FILE, else the officer's or the system's profile, else
// the name the case records (with a warning), as `render` does.
core::Result<core::AuthorityProfile> signingAuthority(MatterInvocation &run, const QString &file,
                                                      const core::Case &theCase)
{
    if (!file.isEmpty())
        return core::AuthorityProfileLocator::loadFile(file);
    core::Result<core::AuthorityProfile> located = core::AuthorityProfileLocator::load();
    if (located || located.error().code != QLatin1String("authority.none"))
        return located;
    run.context().err() << "warning: " << located.error().message << '\n';
    core::AuthorityProfile fallback;
    fallback.name = theCase.authority.name;
    fallback.kind = theCase.authority.kind;
    return fallback;
}

const core::InternalReview *reviewIn(const core::Case &theCase, const QString &id)
{
    for (const core::InternalReview &review : theCase.internalReviews) {
        if (review.id.compare(id, Qt::CaseInsensitive) == 0)
            return &review;
    }
    return nullptr;
}

} // namespace

ExitCode reviewLetterVerb(CliContext &context, const QStringList &args)
{
    MatterInvocation run(
        context, QStringLiteral("letter"),
        QStringLiteral("Write the outcome letter of internal review MATTER of case REF as PDF, "
                       "in the case's language of correspondence (English, Welsh, or both as the "
                       "authority profile sets out bilingual letters). A review with errors, or "
                       "with an item still undecided, is written as a "
                       "DRAFT and the command exits 1."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write the letter to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  QStringLiteral("Date the letter (default: today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption authority(QStringLiteral("authority"),
                                       QStringLiteral("Sign with the authority profile in FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption released(
        QStringLiteral("released"),
        QStringLiteral("Record what the letter says is now released (\"\" to clear)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption rights(
        QStringLiteral("complaint-rights"),
        QStringLiteral("Record the letter's own paragraph on the right to complain to the "
                       "Information Commissioner (\"\" for the standard wording)."),
        QStringLiteral("TEXT"));
    run.parser().addOptions({out, date, authority, released, rights});
    run.parser().addPositionalArgument(QStringLiteral("REF"), QStringLiteral("The case."));
    run.parser().addPositionalArgument(QStringLiteral("MATTER"), QStringLiteral("IR1, ..."));
    ExitCode exit = ExitCode::Success;
    if (!run.parse(args, 2, QStringLiteral("the case's reference and the review (IR1)"), &exit))
        return exit;
    if (!run.parser().isSet(out))
        return context.usageError(run.name(),
                                  QStringLiteral("say where to write the letter with --out FILE."));
    bool bad = false;
    QDate letterDate = run.date(date, false, &bad);
    if (bad)
        return ExitCode::Usage;
    if (!letterDate.isValid())
        letterDate = run.context().today();
    auto session = run.open();
    if (!session)
        return ExitCode::Usage;
    const QString reference = run.argument(0);
    const QString reviewId = run.argument(1);

    core::Result<core::Case> theCase = session->cases->open(reference);
    if (!theCase)
        return run.refused(theCase.error());
    const core::InternalReview *review = reviewIn(*theCase, reviewId);
    if (!review)
        return context.usageError(
            run.name(),
            QStringLiteral("case %1 has no internal review %2.").arg(reference, reviewId));
    if (run.parser().isSet(released) || run.parser().isSet(rights)) {
        const QString releasedNow =
            run.parser().isSet(released) ? run.parser().value(released) : review->releasedNow;
        const QString complaintRights =
            run.parser().isSet(rights) ? run.parser().value(rights) : review->complaintRights;
        if (core::Status set = session->matters->setReviewLetter(reference, reviewId, releasedNow,
                                                                 complaintRights);
            !set)
            return run.refused(set.error());
    }
    const core::Result<core::AuthorityProfile> profile =
        signingAuthority(run, run.parser().value(authority), *theCase);
    if (!profile)
        return context.usageError(run.name(), profile.error().message);

    core::ReviewLetterService letters(*session->cases, *session->matters,
                                      core::ExemptionCatalogue::builtIn());
    const auto rendered = letters.render(reference, reviewId, *profile, letterDate);
    if (!rendered)
        return run.refused(rendered.error());
    if (const core::Status written =
            core::AtomicFile::write(run.parser().value(out), rendered->bytes);
        !written) {
        context.err() << "foi-workbench-cli " << run.name() << ": " << written.error().message
                      << '\n';
        return ExitCode::Negative;
    }
    QJsonArray findings;
    for (const core::Finding &finding : rendered->findings) {
        const bool error = finding.severity == core::Severity::Error;
        if (!run.json())
            context.err() << (error ? "error " : "warning ") << finding.code << ": "
                          << finding.message << '\n';
        findings.append(QJsonObject{{QStringLiteral("code"), finding.code},
                                    {QStringLiteral("severity"),
                                     error ? QStringLiteral("error") : QStringLiteral("warning")},
                                    {QStringLiteral("message"), finding.message}});
    }
    run.print(QStringLiteral("Wrote the outcome letter of %1 to %2%3")
                  .arg(reviewId, run.parser().value(out),
                       rendered->draft ? QStringLiteral(" (DRAFT: the review is not ready; see "
                                                        "the findings above)")
                                       : QString()),
              {{QStringLiteral("reference"), reference},
               {QStringLiteral("matter"), reviewId},
               {QStringLiteral("out"), run.parser().value(out)},
               {QStringLiteral("draft"), rendered->draft},
               {QStringLiteral("findings"), findings}});
    return rendered->draft ? ExitCode::Negative : ExitCode::Success;
}

} // namespace foi::app
