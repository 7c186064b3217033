// SPDX-License-Identifier: Apache-2.0
#include "ui/instancedeletedialog.h"

#include "core/api/csmsclient.h"
#include "core/ops/bulkdeleter.h"
#include "core/ops/instancescan.h"
#include "core/ops/secretassociation.h"
#include "ui/palettetones.h"
#include "ui/profiles/productionguard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace keystage::ui {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

InstanceDeleteDialog::InstanceDeleteDialog(CsmsClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_deleter(new BulkDeleter(client, this))
    , m_scan(new InstanceScan(client, this))
    , m_id(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_scanState(wrapped(QString(), this))
    , m_scanButton(new QPushButton(this))
    , m_list(new QListWidget(this))
    , m_count(wrapped(QString(), this))
    , m_confirmLabel(new QLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_result(wrapped(QString(), this))
    , m_startButton(new QPushButton(tr("Delete now"), this))
    , m_closeButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("instanceDeleteDialog"));
    setWindowTitle(tr("Delete all secrets of an instance"));
    setWindowModality(Qt::WindowModal);
    m_id->setObjectName(QStringLiteral("instanceIdPicker"));
    m_id->setEditable(true);
    m_id->setInsertPolicy(QComboBox::NoInsert);
    m_id->lineEdit()->setObjectName(QStringLiteral("instanceIdEdit"));
    m_id->lineEdit()->setPlaceholderText(tr("Pick an instance seen on the server, or type its id"));
    m_id->setAccessibleName(tr("Instance id"));
    m_type->setObjectName(QStringLiteral("instanceTypeCombo"));
    m_type->setAccessibleName(tr("Instance type"));
    m_type->addItem(tr("Any type"), QString());
    for (const QString &type : SecretAssociation::instanceTypes()) {
        // GaussDB-FG secrets belong to TaurusDB instances: the choice says so.
        const QString label = type == QLatin1String("TaurusDB")
                                      ? tr("TaurusDB (GaussDB-FG secrets)")
                              : type == QLatin1String("RDS") ? tr("RDS (RDS-FG secrets)")
                                                             : type;
        m_type->addItem(label, type);
    }
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_scanState->setObjectName(QStringLiteral("previewState"));
    m_scanButton->setObjectName(QStringLiteral("scanButton"));
    m_scanButton->setAutoDefault(false);
    m_list->setObjectName(QStringLiteral("matchList"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setUniformItemSizes(true);
    m_count->setObjectName(QStringLiteral("matchCount"));
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setAccessibleName(tr("Confirmation"));
    m_confirmLabel->setObjectName(QStringLiteral("confirmLabel"));
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_startButton->setAutoDefault(false);
    m_closeButton->setAutoDefault(false);

    auto *warning = wrapped(
            tr("Every secret the server associates with the instance is deleted immediately. "
               "This cannot be undone, and it is not added to Edit > Undo."),
            this);
    warning->setObjectName(QStringLiteral("undoNote"));
    warning->setAccessibleName(tr("This cannot be undone"));
    QPalette danger = warning->palette();
    // The error tone of the palette in use: dark red on light, light red on dark.
    danger.setColor(QPalette::WindowText,
                    PaletteTones::foreground(PaletteTones::Tone::Error, danger));
    warning->setPalette(danger);
    auto *whoDecides = wrapped(
            tr("The server decides which secrets belong to the instance. The list below is "
               "Keystage's own reading of every secret on the server (its rotation "
               "configuration and type); the server may read some differently."),
            this);
    whoDecides->setObjectName(QStringLiteral("whoDecides"));

    auto *form = new QFormLayout;
    form->addRow(tr("Instance id:"), m_id);
    form->addRow(tr("Instance type:"), m_type);
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_progress, 1);
    scanRow->addWidget(m_scanButton);
    auto *confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_confirmLabel, 1);
    confirmRow->addWidget(m_confirm);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    buttons->addWidget(m_startButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(whoDecides);
    layout->addLayout(form);
    layout->addLayout(scanRow);
    layout->addWidget(m_scanState);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addLayout(confirmRow);
    layout->addWidget(m_result);
    layout->addLayout(buttons);

    connect(m_id, &QComboBox::editTextChanged, this, &InstanceDeleteDialog::rebuildMatches);
    connect(m_type, &QComboBox::currentIndexChanged, this, &InstanceDeleteDialog::rebuildMatches);
    connect(m_confirm, &QLineEdit::textChanged, this, &InstanceDeleteDialog::updateButtons);
    connect(m_scanButton, &QPushButton::clicked, this, [this]() {
        if (m_scan->isRunning())
            cancelScan();
        else
            preview();
    });
    connect(m_startButton, &QPushButton::clicked, this, &InstanceDeleteDialog::start);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_scan, &InstanceScan::pageScanned, this, &InstanceDeleteDialog::onPageScanned);
    connect(m_scan, &InstanceScan::progressed, this, &InstanceDeleteDialog::updateScanState);
    connect(m_scan, &InstanceScan::finished, this, [this]() {
        updateScanState();
        updateButtons();
        Q_EMIT previewFinished(m_matches);
    });
    connect(m_scan, &InstanceScan::failed, this, [this](const ApiError &error) {
        m_scanError = error.summary();
        updateScanState();
        updateButtons();
    });
    connect(m_scan, &InstanceScan::cancelled, this, [this]() {
        updateScanState();
        updateButtons();
    });
    connect(m_deleter, &BulkDeleter::instanceBatchFinished, this,
            &InstanceDeleteDialog::onBatchFinished);
    connect(m_deleter, &BulkDeleter::instanceBatchFailed, this, [this](const ApiError &error) {
        m_running = false;
        m_result->setText(tr("The batch deletion failed: %1").arg(error.summary()));
        updateButtons();
        Q_EMIT batchFailed(error);
    });
    setMinimumWidth(560);
    preview();
}

InstanceDeleteDialog::~InstanceDeleteDialog() = default;

QString InstanceDeleteDialog::instanceId() const
{
    return m_id->currentText().trimmed();
}

QString InstanceDeleteDialog::instanceType() const
{
    return m_type->currentData().toString();
}

void InstanceDeleteDialog::setInstanceId(const QString &id)
{
    m_id->setEditText(id);
}

QString InstanceDeleteDialog::confirmationText() const
{
    // The word the Huawei console asks for, with the count: never a number alone that the
    // label prints for copying.
    return QStringLiteral("DELETE %1").arg(m_matches.size());
}

bool InstanceDeleteDialog::isScanComplete() const
{
    return m_scan->isComplete();
}

QStringList InstanceDeleteDialog::offeredInstances() const
{
    QStringList ids;
    for (int i = 0; i < m_id->count(); ++i)
        ids << m_id->itemText(i);
    return ids;
}

bool InstanceDeleteDialog::canStart() const
{
    const bool given = !instanceId().isEmpty() || !instanceType().isEmpty();
    return given && m_scan->isComplete() && !m_matches.isEmpty() && !m_running && !m_done
           && m_confirm->text().trimmed() == confirmationText();
}

void InstanceDeleteDialog::preview()
{
    if (m_running || m_done)
        return;
    m_scanError.clear();
    m_matches.clear();
    m_list->clear();
    m_scan->start();
    updateScanState();
    updateButtons();
}

void InstanceDeleteDialog::cancelScan()
{
    m_scan->cancel();
}

void InstanceDeleteDialog::onPageScanned(int firstNewEntry, int firstNewInstance)
{
    // New instances join the picker; what the user typed there stays as it is.
    const auto &instances = m_scan->instances();
    if (firstNewInstance < instances.size()) {
        const QString typed = m_id->currentText();
        const QSignalBlocker blocker(m_id);
        for (int i = firstNewInstance; i < instances.size(); ++i) {
            const InstanceScan::Instance &instance = instances.at(i);
            m_id->addItem(instance.id);
            m_id->setItemData(m_id->count() - 1,
                              instance.type.isEmpty()
                                      ? instance.id
                                      : tr("%1 instance %2").arg(instance.type, instance.id),
                              Qt::ToolTipRole);
        }
        if (m_id->currentText() != typed)
            m_id->setEditText(typed);
    }
    // Only the page's own matches are added: the list is never rebuilt page by page.
    const QString id = instanceId();
    const QString type = instanceType();
    const auto &entries = m_scan->entries();
    QStringList added;
    for (int i = firstNewEntry; i < entries.size(); ++i) {
        if (entries.at(i).association.matches(id, type))
            added << entries.at(i).name;
    }
    if (!added.isEmpty()) {
        m_matches += added;
        m_list->addItems(added);
    }
    updateButtons();
}

void InstanceDeleteDialog::rebuildMatches()
{
    if (m_done)
        return;
    m_matches = m_scan->matches(instanceId(), instanceType());
    m_list->clear();
    m_list->addItems(m_matches);
    updateButtons();
}

void InstanceDeleteDialog::updateScanState()
{
    const QLocale locale;
    const int scanned = m_scan->scanned();
    const int total = m_scan->expectedTotal();
    m_progress->setRange(0, total > 0 ? total : 0); // no total yet: a busy bar
    m_progress->setValue(scanned);
    m_progress->setVisible(m_scan->isRunning());
    m_scanButton->setText(m_scan->isRunning() ? tr("Stop reading") : tr("Read again"));
    m_scanButton->setEnabled(!m_running && !m_done);
    QString text;
    if (m_scan->isRunning()) {
        text = total > 0 ? tr("Reading every secret on the server: %1 of %2…")
                                   .arg(locale.toString(scanned), locale.toString(total))
                         : tr("Reading every secret on the server: %1…")
                                   .arg(locale.toString(scanned));
    } else if (m_scan->isComplete()) {
        text = tr("All %1 secrets on the server were read.").arg(locale.toString(scanned));
        if (m_scan->unknownCount() > 0) {
            text += u' '
                    + tr("The rotation configuration of %n secret(s) could not be read: their "
                         "instance is unknown, and the server may delete them too.",
                         nullptr, m_scan->unknownCount());
        }
    } else if (!m_scanError.isEmpty()) {
        text = tr("Reading the secrets stopped after %1: %2. Nothing can be deleted until they "
                  "are all read.")
                       .arg(locale.toString(scanned), m_scanError);
    } else {
        text = tr("Reading the secrets was stopped after %1. Nothing can be deleted until they "
                  "are all read.")
                       .arg(locale.toString(scanned));
    }
    m_scanState->setText(text);
}

void InstanceDeleteDialog::updateButtons()
{
    const bool given = !instanceId().isEmpty() || !instanceType().isEmpty();
    const bool complete = m_scan->isComplete();
    const int n = int(m_matches.size());
    const QLocale locale;
    if (m_done) {
        // the result says it
    } else if (!given) {
        m_count->setText(tr("Pick or type an instance id, or choose an instance type."));
    } else if (complete) {
        m_count->setText(tr("Keystage reads %1 of the %2 secrets on the server as belonging to it.")
                                 .arg(locale.toString(n), locale.toString(m_scan->scanned())));
    } else {
        m_count->setText(tr("Found so far: %1 (the list is complete only when every secret is "
                            "read).")
                                 .arg(locale.toString(n)));
    }
    const bool confirmable = given && complete && n > 0 && !m_running && !m_done;
    if (!complete)
        m_confirmLabel->setText(tr("Waiting for every secret to be read…"));
    else if (given && n == 0)
        m_confirmLabel->setText(tr("Nothing to delete: Keystage finds no secret of it."));
    else if (given)
        m_confirmLabel->setText(
                tr("To delete them for good, type \"%1\":").arg(confirmationText()));
    else
        m_confirmLabel->clear();
    m_confirm->setEnabled(confirmable);
    const bool startable = canStart();
    m_startButton->setEnabled(startable);
    m_startButton->setVisible(!m_done);
    m_startButton->setText(n > 0 ? tr("Delete %n secret(s) now", nullptr, n) : tr("Delete now"));
    m_startButton->setDefault(startable);
    m_closeButton->setDefault(m_done);
    m_closeButton->setText(m_done ? tr("Close") : tr("Cancel"));
    m_closeButton->setEnabled(!m_running);
    m_id->setEnabled(!m_running && !m_done);
    m_type->setEnabled(!m_running && !m_done);
    m_scanButton->setEnabled(!m_running && !m_done);
}

void InstanceDeleteDialog::start()
{
    if (!canStart())
        return;
    const QString what = instanceId().isEmpty() ? instanceType() : instanceId();
    if (m_client) {
        ProductionGuard::confirm(
                this, m_client->profile(),
                tr("Delete every secret of instance %1 immediately").arg(what), this,
                [this](bool confirmed) {
                    if (!confirmed) {
                        m_result->setText(tr("Not started: the production profile's name was "
                                             "not confirmed."));
                        return;
                    }
                    if (canStart())
                        startConfirmed();
                });
        return;
    }
    startConfirmed();
}

void InstanceDeleteDialog::startConfirmed()
{
    m_running = true;
    m_result->setText(tr("Deleting…"));
    m_deleter->deleteByInstance(instanceId(), instanceType());
    updateButtons();
}

void InstanceDeleteDialog::onBatchFinished(const BatchDeleteResult &result)
{
    m_running = false;
    m_done = true;
    QStringList lines;
    lines << tr("Total: %1 · deleted: %2 · failed: %3")
                     .arg(result.total)
                     .arg(result.succeeded.size())
                     .arg(result.failed.size());
    // The server decided: say where its reading differed from the preview.
    const QSet<QString> previewed(m_matches.cbegin(), m_matches.cend());
    QSet<QString> acted(result.succeeded.cbegin(), result.succeeded.cend());
    for (const FailedDeletedSecret &failure : result.failed)
        acted.insert(failure.secretName);
    const int unexpected = int((acted - previewed).size());
    const int untouched = int((previewed - acted).size());
    if (unexpected > 0 || untouched > 0) {
        lines << tr("The server's reading differed from the preview: %1 not previewed, %2 "
                    "previewed but left alone.")
                         .arg(unexpected)
                         .arg(untouched);
    } else {
        lines << tr("The server took exactly the previewed secrets.");
    }
    m_list->clear();
    for (const QString &name : result.succeeded)
        m_list->addItem(tr("%1 — deleted").arg(name));
    for (const FailedDeletedSecret &failure : result.failed)
        m_list->addItem(tr("%1 — failed: %2").arg(failure.secretName, failure.errorMessage));
    m_result->setText(lines.join(QLatin1Char('\n')));
    updateButtons();
    updateScanState();
    Q_EMIT batchFinished(result);
}

} // namespace keystage::ui
