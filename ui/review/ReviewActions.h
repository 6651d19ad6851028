#pragma once

#include "core/reply/AuthorityProfile.h"
#include "core/review/KeyRing.h"
#include "core/review/ReviewResponse.h"
#include "core/services/ReplyService.h"
#include "core/support/Clock.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QMainWindow;
class QSettings;

namespace foi::core {
class StoreRepositories;
class WorkingDayCalendar;
} // namespace foi::core

namespace foi::ui {

class FileChooser;
class Notifier;
class ReviewModeWindow;

// Offline review in the workbench: File › Open review bundle… (the reviewer's read-only review
// mode, needing no store), Case › Export for review… and Case › Import review response… (the
// officer's side, on the open case's store). Adds its actions to the window's menus (a Case menu
// is made before Help when the window has none) and wires each to core::ReviewService; errors go
// to the notifier. The *File functions are the flows without their file dialogs.
class ReviewActions : public QObject
{
    Q_OBJECT
public:
    struct Context
    {
        QSettings &settings;
        core::StoreRepositories &store;
        core::ReplyService::Law law; // the program's effective one, for the bundle's letter
        Notifier &notifier;
        // The open case's reference after saving it (empty when no case is open).
        std::function<QString()> currentCase;
        // The authority profile the letters are signed with (Settings › Authority).
        std::function<core::Result<core::AuthorityProfile>()> authorityProfile;
        core::Clock clock;  // dates the key records, bundles and responses
        FileChooser &files; // the bundles and responses opened and saved
    };

    ReviewActions(const Context &context, QMainWindow &window, QObject *parent = nullptr);

    QAction *openBundleAction() const { return m_openBundleAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *importAction() const { return m_importAction; }

    ReviewModeWindow *openBundleFile(const QString &path);
    bool exportCaseFile(const QString &path, const std::optional<core::PublicKey> &reviewer,
                        bool includeRequester);
    bool importResponseFile(const QString &path);
    bool writeResponse(const ReviewModeWindow &review, const core::ReviewResponse &answer,
                       const QString &path);

    // The officer's review keys (KeyRing::defaultFolder() unless set): export, respond, import
    // and Settings › Review keys all use this one.
    void setKeyFolder(const QString &folder) { m_keyFolder = folder; }
    const QString &keyFolder() const { return m_keyFolder; }

signals:
    // A bundle was exported or a response imported: the case's review status and notes changed.
    void reviewChanged(const QString &reference);

private:
    void installMenus();
    void chooseBundle();
    void chooseExport();
    void chooseResponse();
    void respond(ReviewModeWindow *review, const core::ReviewResponse &answer);
    QString officer() const;

    Context m_context;
    QMainWindow &m_window;
    QString m_keyFolder;
    QAction *m_openBundleAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
};

} // namespace foi::ui
