#include "ui/tasks/BackgroundTask.h"

#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace foi::ui {

BackgroundTask::BackgroundTask(const QString &label, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_label(label)
    , m_dialogParent(dialogParent)
{
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &BackgroundTask::showProgress);
}

BackgroundTask::~BackgroundTask()
{
    // The job must not outlive what it reports to: ask it to stop and wait for it.
    if (m_thread) {
        m_control->cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundTask::start(Work work)
{
    if (m_thread)
        return;
    m_control = std::make_shared<core::JobControl>();
    m_dialog = new QProgressDialog(m_label, tr("Cancel"), 0, 0, m_dialogParent);
    m_dialog->setObjectName(QStringLiteral("backgroundTaskProgressDialog"));
    m_dialog->setAccessibleName(m_label);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(300);
    connect(m_dialog, &QProgressDialog::canceled, this, &BackgroundTask::cancel);
    std::shared_ptr<core::JobControl> control = m_control;
    m_thread = QThread::create([work = std::move(work), control] { work(*control); });
    connect(m_thread, &QThread::finished, this, &BackgroundTask::end);
    m_thread->start();
    m_poll->start();
}

void BackgroundTask::cancel()
{
    if (!m_control)
        return;
    m_control->cancelled = true;
    if (m_dialog)
        m_dialog->setLabelText(tr("Stopping after the current step…"));
}

void BackgroundTask::showProgress()
{
    if (!m_dialog || !m_control)
        return;
    const int total = m_control->total;
    m_dialog->setMaximum(total);
    m_dialog->setValue(qMin(int(m_control->done), total));
}

void BackgroundTask::end()
{
    m_poll->stop();
    const bool cancelled = m_control && m_control->cancelled;
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_dialog) {
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
    emit finished(cancelled);
}

} // namespace foi::ui
