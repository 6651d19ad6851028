#include "ui/notify/Notifier.h"

#include <QLoggingCategory>
#include <QMessageBox>

Q_LOGGING_CATEGORY(foiUiLog, "foi.ui")

namespace foi::ui {

MessageBoxNotifier::MessageBoxNotifier(QWidget *window, QObject *parent)
    : Notifier(parent)
    , m_window(window)
{}

void MessageBoxNotifier::showError(const core::Error &error)
{
    qCWarning(foiUiLog) << error.code << error.message << error.detail;
    QMessageBox box(QMessageBox::Warning, tr("FOI Workbench"), error.message, QMessageBox::Ok,
                    m_window);
    box.setObjectName(QStringLiteral("errorMessageBox"));
    box.setTextFormat(Qt::PlainText); // a message may quote the case's own words
    box.exec();
}

void MessageBoxNotifier::showInformation(const QString &message)
{
    emit informationShown(message);
}

} // namespace foi::ui
