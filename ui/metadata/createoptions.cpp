// SPDX-License-Identifier: Apache-2.0
#include "ui/metadata/createoptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace keystage::ui {

CreateOptions::CreateOptions(const Profile &profile, QWidget *parent)
    : QWidget(parent)
    , m_kmsKey(new QLineEdit(this))
    , m_file(new QPushButton(tr("Binary value from a &file…"), this))
    , m_clearFile(new QPushButton(tr("Use text"), this))
    , m_binaryLabel(new QLabel(this))
    , m_databaseRows(new QWidget(this))
    , m_subType(new QComboBox(m_databaseRows))
    , m_autoRotation(new QCheckBox(tr("&Rotate automatically every"), m_databaseRows))
    , m_period(new QLineEdit(m_databaseRows))
    , m_enterpriseProject(new QLineEdit(this))
{
    setObjectName(QStringLiteral("createOptions"));
    m_kmsKey->setObjectName(QStringLiteral("kmsKeyEdit"));
    m_kmsKey->setPlaceholderText(tr("csms/default (the service's default key)"));
    m_kmsKey->setAccessibleName(tr("KMS key id"));
    m_file->setObjectName(QStringLiteral("binaryFileButton"));
    m_clearFile->setObjectName(QStringLiteral("clearBinaryButton"));
    m_binaryLabel->setObjectName(QStringLiteral("binaryLabel"));
    m_subType->setObjectName(QStringLiteral("subTypeBox"));
    m_subType->addItem(tr("Single user: rotation resets the account's password"),
                       QStringLiteral("SingleUser"));
    m_subType->addItem(tr("Two users: rotation alternates two accounts"),
                       QStringLiteral("MultiUser"));
    m_subType->setAccessibleName(tr("Rotation sub-type"));
    m_autoRotation->setObjectName(QStringLiteral("autoRotationBox"));
    m_period->setObjectName(QStringLiteral("periodEdit"));
    m_period->setText(QStringLiteral("30d"));
    m_period->setMaxLength(50);
    m_period->setAccessibleName(tr("Rotation period"));
    m_period->setToolTip(tr("A number and a unit: d, h, m or s; from 6 hours to 365 days."));
    m_enterpriseProject->setObjectName(QStringLiteral("enterpriseProjectEdit"));
    m_enterpriseProject->setMaxLength(36);
    m_enterpriseProject->setText(profile.enterpriseProjectId);
    m_enterpriseProject->setAccessibleName(tr("Enterprise project id"));

    auto *fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_file);
    fileRow->addWidget(m_binaryLabel, 1);
    fileRow->addWidget(m_clearFile);
    auto *rotationRow = new QHBoxLayout;
    rotationRow->setContentsMargins(0, 0, 0, 0);
    rotationRow->addWidget(m_autoRotation);
    rotationRow->addWidget(m_period);
    auto *databaseForm = new QFormLayout(m_databaseRows);
    databaseForm->setContentsMargins(0, 0, 0, 0);
    databaseForm->addRow(tr("Rotation &sub-type:"), m_subType);
    databaseForm->addRow(rotationRow);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&KMS key id:"), m_kmsKey);
    form->addRow(fileRow);
    form->addRow(m_databaseRows);
    // Only where the profile names one: most accounts have no enterprise projects.
    if (!profile.enterpriseProjectId.isEmpty())
        form->addRow(tr("Enterprise pro&ject:"), m_enterpriseProject);
    else
        m_enterpriseProject->hide();

    connect(m_file, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("Binary value"));
        if (!path.isEmpty())
            loadBinaryFile(path);
    });
    connect(m_clearFile, &QPushButton::clicked, this, &CreateOptions::clearBinary);
    for (QLineEdit *edit : {m_kmsKey, m_period, m_enterpriseProject})
        connect(edit, &QLineEdit::textChanged, this, &CreateOptions::updateState);
    connect(m_autoRotation, &QCheckBox::toggled, this, &CreateOptions::updateState);
    connect(m_subType, &QComboBox::currentIndexChanged, this, &CreateOptions::updateState);
    updateState();
}

CreateOptions::~CreateOptions()
{
    wipe();
}

void CreateOptions::setSecretType(const QString &type)
{
    m_type = type.isEmpty() ? QStringLiteral("COMMON") : type;
    updateState();
}

bool CreateOptions::isValidPeriod(const QString &period)
{
    static const QRegularExpression re(
            QRegularExpression::anchoredPattern(QStringLiteral("([0-9]{1,9})([dhms])")));
    const auto m = re.match(period);
    if (!m.hasMatch())
        return false;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0);
    const qint64 seconds = unit == u'd'   ? n * 86400
                           : unit == u'h' ? n * 3600
                           : unit == u'm' ? n * 60
                                          : n;
    return seconds >= 6 * 3600 && seconds <= 8760 * 3600;
}

QString CreateOptions::problem() const
{
    static const QRegularExpression kmsId(QRegularExpression::anchoredPattern(
            QStringLiteral("[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}")));
    const QString kms = m_kmsKey->text().trimmed();
    if (!kms.isEmpty() && !kmsId.match(kms).hasMatch())
        return tr("A KMS key id looks like 0d0466b0-e727-4d9c-b35d-f84bb474a37f; leave it empty "
                  "for csms/default.");
    if (!m_fileProblem.isEmpty())
        return m_fileProblem;
    if (m_type != QLatin1String("COMMON") && m_autoRotation->isChecked()
        && !isValidPeriod(m_period->text().trimmed()))
        return tr("The rotation period is a number and a unit (d, h, m or s), from 6 hours to "
                  "365 days, e.g. 30d.");
    if (!m_enterpriseProject->isHidden() && m_enterpriseProject->text().trimmed().isEmpty())
        return tr("Enter the enterprise project id, or remove it from the profile.");
    return {};
}

bool CreateOptions::setBinary(const QByteArray &bytes)
{
    wipe();
    const qsizetype encoded = (bytes.size() + 2) / 3 * 4;
    if (bytes.isEmpty() || encoded > maxBase64Length) {
        m_fileProblem = bytes.isEmpty()
                                ? tr("The file is empty.")
                                : tr("The file has %1 bytes; CSMS stores at most %2 as a binary "
                                     "value.")
                                          .arg(bytes.size())
                                          .arg(maxBase64Length / 4 * 3);
        updateState();
        return false;
    }
    m_fileProblem.clear();
    m_binary = bytes.toBase64();
    m_binarySize = bytes.size();
    updateState();
    return true;
}

bool CreateOptions::loadBinaryFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileProblem = tr("The file could not be read.");
        updateState();
        return false;
    }
    QByteArray bytes = file.read(maxBase64Length); // more than allowed is refused, not read
    const bool ok = setBinary(bytes);
    bytes.fill('\0');
    return ok;
}

void CreateOptions::clearBinary()
{
    wipe();
    m_fileProblem.clear();
    updateState();
}

void CreateOptions::wipe()
{
    m_binary.fill('\0');
    m_binary.clear();
    m_binarySize = 0;
}

void CreateOptions::apply(CreateSecretRequest &request) const
{
    const QString kms = m_kmsKey->text().trimmed();
    if (!kms.isEmpty())
        request.kmsKeyId = kms;
    if (hasBinary()) {
        request.secretBinary = m_binary;
        request.secretString.reset();
    }
    if (m_type != QLatin1String("COMMON")) {
        QJsonObject config = QJsonDocument::fromJson(request.rotationConfig.toUtf8()).object();
        config.insert(QStringLiteral("SecretSubType"), m_subType->currentData().toString());
        request.rotationConfig
                = QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
        if (m_autoRotation->isChecked()) {
            request.autoRotation = true;
            request.rotationPeriod = m_period->text().trimmed();
        }
    }
    if (!m_enterpriseProject->isHidden())
        request.enterpriseProjectId = m_enterpriseProject->text().trimmed();
}

void CreateOptions::updateState()
{
    const bool database = m_type != QLatin1String("COMMON");
    m_databaseRows->setVisible(database);
    m_period->setEnabled(m_autoRotation->isChecked());
    m_clearFile->setVisible(hasBinary());
    m_binaryLabel->setText(hasBinary() ? tr("binary, %1 bytes").arg(m_binarySize) : QString());
    Q_EMIT changed();
}

} // namespace keystage::ui
