// SPDX-License-Identifier: Apache-2.0
#include "ui/activity/activitypane.h"

#include "core/model/activitymodel.h"
#include "ui/kepttextdelegate.h"
#include "ui/palettetones.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace keystage::ui {

// Filters the log (errors only, text in any column) and adds the error tone and icon to failed
// calls: colours are a Widgets concern, so they live here and not in the core model.
class ActivityFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setErrorsOnly(bool errorsOnly)
    {
        if (m_errorsOnly == errorsOnly)
            return;
        m_errorsOnly = errorsOnly;
        invalidateRowsFilter();
    }
    bool errorsOnly() const { return m_errorsOnly; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if ((role == Qt::ForegroundRole || role == Qt::DecorationRole)
            && index.data(ActivityModel::FailedRole).toBool()) {
            if (role == Qt::ForegroundRole)
                return PaletteTones::foreground(PaletteTones::Tone::Error, QApplication::palette());
            if (index.column() == ActivityModel::StatusColumn)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        if (role == Qt::AccessibleDescriptionRole && index.data(ActivityModel::FailedRole).toBool())
            return ActivityPane::tr("Failed: %1")
                    .arg(index.data(ActivityModel::ErrorKindRole).toString());
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        if (m_errorsOnly && !first.data(ActivityModel::FailedRole).toBool())
            return false;
        const QRegularExpression pattern = filterRegularExpression();
        if (pattern.pattern().isEmpty())
            return true;
        for (int column = 0; column < sourceModel()->columnCount(parent); ++column) {
            if (sourceModel()->index(row, column, parent).data().toString().contains(pattern))
                return true;
        }
        return first.data(ActivityModel::ErrorKindRole).toString().contains(pattern);
    }

private:
    bool m_errorsOnly = false;
};

ActivityPane::ActivityPane(ActivityModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new ActivityFilterModel(this))
    , m_view(new QTableView(this))
    , m_errorsOnly(new QCheckBox(tr("Errors only"), this))
    , m_text(new QLineEdit(this))
    , m_export(new QToolButton(this))
{
    setObjectName(QStringLiteral("activityPane"));
    m_filter->setSourceModel(model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_errorsOnly->setObjectName(QStringLiteral("activityErrorsOnly"));
    m_errorsOnly->setAccessibleDescription(tr("Show only the calls that failed."));
    m_text->setObjectName(QStringLiteral("activityFilter"));
    m_text->setPlaceholderText(tr("Filter calls (path, status, code, request id)"));
    m_text->setAccessibleName(tr("Filter the activity log"));
    m_text->setClearButtonEnabled(true);
    m_export->setObjectName(QStringLiteral("activityExport"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the calls shown to a CSV or JSON lines file"));
    m_export->setAccessibleDescription(m_export->toolTip());
    connect(m_errorsOnly, &QCheckBox::toggled, this, &ActivityPane::setErrorsOnly);
    connect(m_text, &QLineEdit::textChanged, this, &ActivityPane::setFilterText);
    connect(m_export, &QToolButton::clicked, this, &ActivityPane::exportLog);

    m_view->setObjectName(QStringLiteral("activityView"));
    m_view->setAccessibleName(tr("Activity"));
    m_view->setModel(m_filter);
    // Each batch of calls repaints the log, and the style shaped every visible cell's text again
    // each time: the texts are shaped once and kept (2.0-2.4 ms a repaint to 1.3-1.5 ms in
    // bench_interactions).
    m_view->setItemDelegate(new KeptTextDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the log; arrows move inside it
    m_view->setTextElideMode(Qt::ElideLeft);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Down to the titles and one call, not a scroll area's default 70 pixels: on a 900x600
    // screen the window must fit, and the log is the part that can give way.
    m_view->setMinimumHeight(m_view->horizontalHeader()->sizeHint().height()
                             + m_view->verticalHeader()->defaultSectionSize()
                             + 2 * m_view->frameWidth());
    connect(m_view, &QWidget::customContextMenuRequested, this, &ActivityPane::showMenu);
    QHeaderView *header = m_view->horizontalHeader();
    // Fixed widths: measuring 1,000 rows on every call would stall the event loop. The path is
    // elided on the left ("…/secrets/db-password/versions"): its end names the secret.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ActivityModel::PathColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(ActivityModel::TimeColumn, 21 * digit);
    m_view->setColumnWidth(ActivityModel::MethodColumn, 8 * digit);
    // "no response" in the user's language fits the Status column, with the error icon.
    m_view->setColumnWidth(ActivityModel::StatusColumn,
                           qMax(7 * digit, m_view->fontMetrics().horizontalAdvance(
                                                   ActivityModel::tr("no response"))
                                                   + 3 * digit)
                                   + style()->pixelMetric(QStyle::PM_SmallIconSize));
    m_view->setColumnWidth(ActivityModel::LatencyColumn, 9 * digit);
    m_view->setColumnWidth(ActivityModel::CodeColumn, 11 * digit);
    m_view->setColumnWidth(ActivityModel::RequestIdColumn, 34 * digit);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    // Follow the newest call, unless the user is reading further up.
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_view, [this]() {
        if (!m_view->selectionModel()->hasSelection())
            m_view->scrollToBottom();
    });

    auto *copyRows = new QAction(tr("Copy rows"), this);
    copyRows->setObjectName(QStringLiteral("activityCopyRows"));
    copyRows->setShortcut(QKeySequence::Copy);
    copyRows->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyRows, &QAction::triggered, this, &ActivityPane::copySelectedRows);
    m_view->addAction(copyRows);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->addWidget(m_errorsOnly);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setTabOrder(m_errorsOnly, m_text);
    setTabOrder(m_text, m_export);
    setTabOrder(m_export, m_view);
}

void ActivityPane::setErrorsOnly(bool errorsOnly)
{
    m_filter->setErrorsOnly(errorsOnly);
    if (m_errorsOnly->isChecked() != errorsOnly)
        m_errorsOnly->setChecked(errorsOnly);
}

void ActivityPane::setFilterText(const QString &text)
{
    m_filter->setFilterRegularExpression(QRegularExpression(
            QRegularExpression::escape(text.trimmed()), QRegularExpression::CaseInsensitiveOption));
    if (m_text->text() != text)
        m_text->setText(text);
}

QList<int> ActivityPane::shownRows() const
{
    QList<int> rows;
    rows.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        rows << m_filter->mapToSource(m_filter->index(row, 0)).row();
    return rows;
}

QList<int> ActivityPane::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << m_filter->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_filter->mapToSource(m_view->currentIndex()).row();
    return rows;
}

void ActivityPane::copySelectedRows() const
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    QStringList lines;
    QStringList titles;
    for (int column = 0; column < ActivityModel::ColumnCount; ++column)
        titles << m_model->headerData(column, Qt::Horizontal).toString();
    lines << titles.join(QLatin1Char('\t'));
    for (const int row : rows) {
        QStringList cells;
        for (int column = 0; column < ActivityModel::ColumnCount; ++column)
            cells << m_model->index(row, column).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void ActivityPane::copyRequestId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int row = m_filter->mapToSource(current).row();
    const QString id = m_model->record(row).requestId;
    if (!id.isEmpty())
        QApplication::clipboard()->setText(id);
}

void ActivityPane::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    QMenu menu(this);
    QAction *rows = menu.addAction(tr("Copy rows"), this, &ActivityPane::copySelectedRows);
    rows->setEnabled(index.isValid() || m_view->selectionModel()->hasSelection());
    QAction *id = menu.addAction(tr("Copy request id"), this, &ActivityPane::copyRequestId);
    id->setEnabled(index.isValid()
                   && !m_model->record(m_filter->mapToSource(index).row()).requestId.isEmpty());
    menu.addSeparator();
    menu.addAction(tr("Export…"), this, &ActivityPane::exportLog);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

QString ActivityPane::exportTo(const QString &fileName) const
{
    const QList<int> rows = shownRows();
    const bool json = fileName.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)
                      || fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(json ? m_model->toJsonLines(rows) : m_model->toCsv(rows));
    if (!file.commit())
        return file.errorString();
    return {};
}

void ActivityPane::exportLog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Export the activity log"), folder);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("CSV (*.csv)"), tr("JSON lines (*.jsonl)")});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("keystage-activity.csv"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("jsonl")) ? QStringLiteral("jsonl")
                                                                         : QStringLiteral("csv"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &fileName) {
        const QString error = exportTo(fileName);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export the activity log"),
                                 tr("%1 could not be written: %2").arg(fileName, error));
    });
    dialog->open();
}

} // namespace keystage::ui
