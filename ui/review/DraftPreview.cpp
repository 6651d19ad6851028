#include "ui/review/DraftPreview.h"

#include <QBuffer>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QVBoxLayout>

namespace foi::ui {

DraftPreview::DraftPreview(const QByteArray &pdf, QWidget *parent)
    : QWidget(parent)
    , m_bytes(pdf)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (m_bytes.isEmpty()) {
        auto *none = new QLabel(tr("This bundle carries no draft reply."), this);
        none->setObjectName(QStringLiteral("noDraftLabel"));
        layout->addWidget(none);
        return;
    }
    m_buffer = new QBuffer(&m_bytes, this);
    m_buffer->open(QIODevice::ReadOnly);
    m_document = new QPdfDocument(this);
    m_document->load(m_buffer);
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("draftPdfView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setAccessibleName(tr("Draft reply"));
    layout->addWidget(m_view);
}

DraftPreview::~DraftPreview()
{
    // The view renders pages on a worker thread: it must go before the document it reads
    // (children are deleted in the order they were made, which would be the other way round).
    delete m_view;
    if (m_document)
        m_document->close();
}

int DraftPreview::pageCount() const
{
    return m_document ? m_document->pageCount() : 0;
}

} // namespace foi::ui
