#pragma once

#include <QByteArray>
#include <QWidget>

class QBuffer;
class QPdfDocument;
class QPdfView;

namespace foi::ui {

// The draft reply a bundle carries, shown page by page with QPdfView (QtPdfWidgets), from the
// bundle's bytes in memory: nothing is written to disk on the reviewer's machine.
class DraftPreview : public QWidget
{
    Q_OBJECT
public:
    explicit DraftPreview(const QByteArray &pdf, QWidget *parent = nullptr);
    ~DraftPreview() override;

    int pageCount() const;

private:
    QByteArray m_bytes;
    QBuffer *m_buffer = nullptr;
    QPdfDocument *m_document = nullptr;
    QPdfView *m_view = nullptr;
};

} // namespace foi::ui
