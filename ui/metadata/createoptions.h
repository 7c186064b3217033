// SPDX-License-Identifier: Apache-2.0
// CreateOptions: the create options of New secret (issue 19), in one widget the dialog adds as a
// block: the KMS key (empty: the service's default key csms/default), a binary value read from a
// file (sent as secret_binary, Base64; shown as "binary, N bytes", never the bytes), for the
// database types the rotation sub-type (SingleUser / MultiUser) and auto rotation with its
// period, and the profile's enterprise project. Rules from CreateSecret's definition.
#pragma once

#include "core/api/csmstypes.h"
#include "core/profile/profile.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace keystage::ui {

class CreateOptions : public QWidget
{
    Q_OBJECT

public:
    // CreateSecret: secret_binary is at most 32768 characters of Base64.
    static constexpr int maxBase64Length = 32768;

    CreateOptions(const Profile &profile, QWidget *parent = nullptr);
    ~CreateOptions() override;

    // COMMON hides the database options.
    void setSecretType(const QString &type);
    QString problem() const; // empty when the options can be sent
    bool hasBinary() const { return !m_binary.isEmpty(); }
    qsizetype binarySize() const { return m_binarySize; }
    // Sets the binary value (what "Choose file…" reads); the bytes are encoded at once.
    bool setBinary(const QByteArray &bytes);
    bool loadBinaryFile(const QString &path);
    void clearBinary();
    // Fills the request: kms_key_id, secret_binary (then no secret_string), rotation_config's
    // SecretSubType, auto_rotation and rotation_period, enterprise_project_id.
    void apply(CreateSecretRequest &request) const;
    void wipe(); // overwrites and drops the binary value

    QLineEdit *kmsKeyEdit() const { return m_kmsKey; }
    QComboBox *subTypeBox() const { return m_subType; }
    QCheckBox *autoRotationBox() const { return m_autoRotation; }
    QLineEdit *periodEdit() const { return m_period; }
    QLineEdit *enterpriseProjectEdit() const { return m_enterpriseProject; }
    QLabel *binaryLabel() const { return m_binaryLabel; }
    QPushButton *fileButton() const { return m_file; }

    static bool isValidPeriod(const QString &period); // 6 h to 8760 h

Q_SIGNALS:
    void changed();

private:
    void updateState();

    QString m_type = QStringLiteral("COMMON");
    QByteArray m_binary; // Base64
    qsizetype m_binarySize = 0;
    QString m_fileProblem;
    QLineEdit *m_kmsKey;
    QPushButton *m_file;
    QPushButton *m_clearFile;
    QLabel *m_binaryLabel;
    QWidget *m_databaseRows;
    QComboBox *m_subType;
    QCheckBox *m_autoRotation;
    QLineEdit *m_period;
    QLineEdit *m_enterpriseProject;
};

} // namespace keystage::ui
