#include "ui/review/ReviewActions.h"

#include "core/reply/AtomicFile.h"
#include "core/review/ReviewErrorCode.h"
#include "core/review/ReviewResponseFormat.h"
#include "core/services/ReviewService.h"
#include "core/support/Profiles.h"
#include "ui/notify/Notifier.h"
#include "ui/review/ExportForReviewDialog.h"
#include "ui/review/ReviewDifferencesDialog.h"
#include "ui/review/ReviewModeWindow.h"
#include "ui/widgets/FileChooser.h"

#include <QAction>
#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>

namespace foi::ui {

namespace {

const QString bundleFilter = QObject::tr("Review bundles (*.foireview)");
const QString responseFilter = QObject::tr("Review responses (*.foiresponse)");

QMenu *menuNamed(QMenuBar *bar, const QString &objectName)
{
    for (QAction *action : bar->actions()) {
        if (action->menu() && action->menu()->objectName() == objectName)
            return action->menu();
    }
    return nullptr;
}

} // namespace

ReviewActions::ReviewActions(const Context &context, QMainWindow &window, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_window(window)
    , m_keyFolder(core::KeyRing::defaultFolder())
{
    m_openBundleAction = new QAction(tr("Open &review bundle…"), this);
    m_openBundleAction->setObjectName(QStringLiteral("openReviewBundleAction"));
    m_openBundleAction->setStatusTip(tr("Review a case another officer exported, read-only"));
    m_exportAction = new QAction(tr("E&xport for review…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportForReviewAction"));
    m_exportAction->setStatusTip(tr("Write the open case as a signed bundle for a reviewer"));
    m_importAction = new QAction(tr("&Import review response…"), this);
    m_importAction->setObjectName(QStringLiteral("importReviewResponseAction"));
    m_importAction->setStatusTip(tr("Record a reviewer's signed decision on a case"));
    connect(m_openBundleAction, &QAction::triggered, this, &ReviewActions::chooseBundle);
    connect(m_exportAction, &QAction::triggered, this, &ReviewActions::chooseExport);
    connect(m_importAction, &QAction::triggered, this, &ReviewActions::chooseResponse);
    installMenus();
}

void ReviewActions::installMenus()
{
    QMenuBar *bar = m_window.menuBar();
    if (QMenu *file = menuNamed(bar, QStringLiteral("fileMenu"))) {
        // Before the separator that precedes Quit.
        const QList<QAction *> actions = file->actions();
        QAction *before = actions.size() >= 2 ? actions.at(actions.size() - 2) : nullptr;
        file->insertAction(before, m_openBundleAction);
    }
    QMenu *caseMenu = menuNamed(bar, QStringLiteral("caseMenu"));
    if (!caseMenu) {
        caseMenu = new QMenu(tr("&Case"), bar);
        caseMenu->setObjectName(QStringLiteral("caseMenu"));
        QMenu *help = menuNamed(bar, QStringLiteral("helpMenu"));
        bar->insertMenu(help ? help->menuAction() : nullptr, caseMenu);
    }
    caseMenu->addAction(m_exportAction);
    caseMenu->addAction(m_importAction);
}

QString ReviewActions::officer() const
{
    return core::Profiles::load(m_context.settings).officerForAudit();
}

void ReviewActions::chooseBundle()
{
    const QString path =
        m_context.files.openFile(&m_window, tr("Open review bundle"), {}, bundleFilter);
    if (!path.isEmpty())
        openBundleFile(path);
}

ReviewModeWindow *ReviewActions::openBundleFile(const QString &path)
{
    core::KeyRing keys(m_keyFolder, m_context.clock);
    core::ReviewService service(keys, m_context.clock);
    core::Result<QByteArray> bytes = core::ReviewService::readFile(path);
    core::Result<core::ReviewBundle> bundle =
        bytes ? service.openBundle(*bytes) : core::Result<core::ReviewBundle>(bytes.error());
    if (!bundle) {
        m_context.notifier.showError(bundle.error());
        return nullptr;
    }
    core::Result<core::KeyRing::Standing> standing = keys.standing(bundle->signer.bytes);
    const bool own = standing && *standing == core::KeyRing::Standing::Own;
    // The reviewer's own log of the reviews they gave of this case before.
    core::Result<QList<core::ReviewGivenRecord>> earlier =
        core::ReviewService::reviewsGiven(m_context.store, bundle->manifest.caseReference);
    if (!earlier)
        m_context.notifier.showError(earlier.error());
    auto *review = new ReviewModeWindow(
        *bundle, own ? tr("your own key") : tr("a key you trust"),
        own ? ReviewModeWindow::Signer::You : ReviewModeWindow::Signer::Colleague,
        earlier ? *earlier : QList<core::ReviewGivenRecord>(), &m_window);
    review->setAttribute(Qt::WA_DeleteOnClose);
    connect(review, &ReviewModeWindow::decided, this,
            [this, review](const core::ReviewResponse &answer) { respond(review, answer); });
    review->show();
    return review;
}

void ReviewActions::respond(ReviewModeWindow *review, const core::ReviewResponse &answer)
{
    const QString path = m_context.files.saveFile(
        review, tr("Save your signed decision"),
        review->bundle().manifest.caseReference + QStringLiteral(".foiresponse"), responseFilter);
    if (!path.isEmpty() && writeResponse(*review, answer, path))
        review->close();
}

bool ReviewActions::writeResponse(const ReviewModeWindow &review,
                                  const core::ReviewResponse &answer, const QString &path)
{
    core::KeyRing keys(m_keyFolder, m_context.clock);
    core::Result<QByteArray> response =
        core::ReviewService(keys, m_context.clock).respond(review.bundle(), officer(), answer);
    if (!response) {
        m_context.notifier.showError(response.error());
        return false;
    }
    if (core::Status written = core::AtomicFile::write(path, *response); !written) {
        m_context.notifier.showError(written.error());
        return false;
    }
    const core::ReviewBundle &bundle = review.bundle();
    m_context.notifier.showInformation(
        tr("Your signed decision is in %1%2: send it back to %3.")
            .arg(QDir::toNativeSeparators(path),
                 bundle.arrivedSealed ? tr(" (encrypted for %1)").arg(bundle.manifest.exporterName)
                                      : QString(),
                 bundle.manifest.exporterName));
    // Kept in the reviewer's own store: what they saw and decided.
    if (core::Status logged = core::ReviewService::recordReviewGiven(
            m_context.store, {bundle.manifest.caseReference,
                              bundle.bundleSha256,
                              bundle.manifest.caseDocumentSha256,
                              bundle.manifest.exporterName,
                              core::ReviewResponse::decisionName(answer.decision),
                              officer(),
                              bundle.caseFile,
                              {}});
        !logged)
        m_context.notifier.showError(logged.error());
    return true;
}

void ReviewActions::chooseExport()
{
    const QString reference = m_context.currentCase();
    if (reference.isEmpty()) {
        m_context.notifier.showInformation(tr("Open a case first, then export it for review."));
        return;
    }
    core::KeyRing keys(m_keyFolder, m_context.clock);
    core::Result<QList<core::KeyRing::Entry>> trusted = keys.entries();
    if (!trusted) {
        m_context.notifier.showError(trusted.error());
        return;
    }
    ExportForReviewDialog dialog(reference, *trusted, &m_window);
    core::Result<core::ReviewStatus> status =
        core::ReviewService::status(m_context.store, reference);
    if (status && status->state == core::ReviewStatus::State::ReadyToSend)
        dialog.setWarning(tr("%1 approved this case. Exporting it for review again withdraws "
                             "that approval: the case will await a new decision.")
                              .arg(status->reviewer));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = m_context.files.saveFile(
        &m_window, tr("Export for review"), reference + QStringLiteral(".foireview"), bundleFilter);
    if (!path.isEmpty())
        exportCaseFile(path, dialog.reviewer(), dialog.includeRequester());
}

bool ReviewActions::exportCaseFile(const QString &path,
                                   const std::optional<core::PublicKey> &reviewer,
                                   bool includeRequester)
{
    const core::Profiles profiles = core::Profiles::load(m_context.settings);
    core::ReviewService::ExportRequest request;
    request.reference = m_context.currentCase();
    request.officer = profiles.officerForAudit();
    request.reviewer = reviewer;
    request.includeRequester = includeRequester;
    core::Result<core::AuthorityProfile> authority = m_context.authorityProfile();
    if (!authority) {
        m_context.notifier.showError(authority.error());
        return false;
    }
    request.authority = *authority;
    core::KeyRing keys(m_keyFolder, m_context.clock);
    auto exported = core::ReviewService(keys, m_context.clock)
                        .exportCase(m_context.store, m_context.law, request, path);
    if (!exported) {
        m_context.notifier.showError(exported.error());
        return false;
    }
    QString told = reviewer
                       ? tr("%1 exported for review to %2, encrypted for %3.")
                             .arg(request.reference, QDir::toNativeSeparators(path), reviewer->name)
                       : tr("%1 exported for review to %2.")
                             .arg(request.reference, QDir::toNativeSeparators(path));
    if (exported->withdrawnApproval)
        told = tr("%1 This withdrew the approval by %2: the case awaits review again.")
                   .arg(told, exported->withdrawnApproval->reviewer);
    m_context.notifier.showInformation(told);
    emit reviewChanged(request.reference);
    return true;
}

void ReviewActions::chooseResponse()
{
    const QString path =
        m_context.files.openFile(&m_window, tr("Import review response"), {}, responseFilter);
    if (!path.isEmpty())
        importResponseFile(path);
}

bool ReviewActions::importResponseFile(const QString &path)
{
    core::KeyRing keys(m_keyFolder, m_context.clock);
    core::ReviewService service(keys, m_context.clock);
    core::Result<QByteArray> bytes = core::ReviewService::readFile(path);
    if (!bytes) {
        m_context.notifier.showError(bytes.error());
        return false;
    }
    core::Result<core::ReviewStatus> status =
        service.importResponse(m_context.store, *bytes, officer());
    if (status) {
        m_context.notifier.showInformation(
            tr("Review imported: %1.").arg(core::ReviewStatus::describe(status->state)));
        emit reviewChanged(m_context.currentCase());
        return true;
    }
    if (status.error().code != core::ReviewErrorCode::Stale) {
        m_context.notifier.showError(status.error());
        return false;
    }
    core::Result<core::ReviewResponse> response = service.openResponse(*bytes);
    core::Result<QList<core::FieldDifference>> differences =
        response ? service.differences(m_context.store, *response)
                 : core::Result<QList<core::FieldDifference>>(response.error());
    if (!differences) {
        m_context.notifier.showError(status.error());
        return false;
    }
    auto *dialog = new ReviewDifferencesDialog(status.error().message, *differences, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return false;
}

} // namespace foi::ui
