#pragma once

#include "core/support/Result.h"

#include <QObject>

class QWidget;

namespace foi::ui {

// The one way the user interface tells the officer that something failed. Widgets receive a
// Notifier and never open message boxes themselves, so tests can put a recording notifier in
// its place. The technical detail goes to the log, never to the officer.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void showError(const core::Error &error) = 0;
    virtual void showInformation(const QString &message) = 0;
};

// Shows errors in a message box over `window`; information is announced by a signal that the
// main window shows in its notification bar.
class MessageBoxNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit MessageBoxNotifier(QWidget *window, QObject *parent = nullptr);

    void showError(const core::Error &error) override;
    void showInformation(const QString &message) override;

signals:
    void informationShown(const QString &message);

private:
    QWidget *m_window;
};

} // namespace foi::ui
