#pragma once

#include "core/services/CaseImportJob.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QProgressDialog;
class QThread;
class QTimer;
class QWidget;

namespace foi::ui {

// Runs one long job (an import, a backup) on its own thread while a progress dialog shows how
// far it has got and offers Cancel, which asks the job to stop at its next safe point. The job
// must open its own store connection. finished() comes on the GUI thread when the job is over.
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<void(core::JobControl &)>;

    BackgroundTask(const QString &label, QWidget *dialogParent, QObject *parent = nullptr);
    ~BackgroundTask() override;

    void start(Work work);
    bool isRunning() const { return m_thread != nullptr; }
    void cancel();
    QProgressDialog *progressDialog() const { return m_dialog; }

signals:
    void finished(bool cancelled);

private:
    void showProgress();
    void end();

    QString m_label;
    QPointer<QWidget> m_dialogParent;
    std::shared_ptr<core::JobControl> m_control;
    QThread *m_thread = nullptr;
    QProgressDialog *m_dialog = nullptr;
    QTimer *m_poll = nullptr;
};

} // namespace foi::ui
