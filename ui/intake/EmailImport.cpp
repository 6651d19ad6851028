#include "ui/intake/EmailImport.h"

#include "core/services/EmailIntakeService.h"
#include "ui/intake/EmailImportDialog.h"
#include "ui/notify/Notifier.h"

#include <QFileInfo>

namespace foi::ui {

EmailImport::EmailImport(core::EmailIntakeService &intake, Notifier &notifier,
                         AuthorityFor authority, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_intake(intake)
    , m_notifier(notifier)
    , m_authority(std::move(authority))
    , m_dialogParent(dialogParent)
{}

QStringList EmailImport::emailFilesIn(const QStringList &paths)
{
    QStringList emails;
    for (const QString &path : paths)
        if (QFileInfo(path).suffix().compare(QLatin1String("eml"), Qt::CaseInsensitive) == 0)
            emails.append(path);
    return emails;
}

void EmailImport::importFiles(const QStringList &paths)
{
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const core::Result<core::EmailIntakePlan> plan = m_intake.plan(paths.at(i));
        if (!plan) {
            m_notifier.showError(plan.error());
            continue;
        }
        EmailImportDialog dialog(*plan, int(i) + 1, int(paths.size()), m_dialogParent);
        if (dialog.exec() != QDialog::Accepted)
            continue;
        core::EmailIntakeChoice choice = dialog.choice();
        choice.authority = m_authority();
        const core::Result<core::EmailIntakeResult> result = m_intake.apply(*plan, choice);
        if (!result) {
            m_notifier.showError(result.error());
            continue;
        }
        const bool created = result->action == core::IntakeAction::NewCase;
        const QString summary =
            created ? tr("Logged request %1 from %2").arg(result->reference, plan->sourceName)
                    : tr("Filed %1 with case %2").arg(plan->sourceName, result->reference);
        emit imported(result->reference, created, summary);
    }
}

} // namespace foi::ui
