#!/usr/bin/env node
// Writes fixtures/syntaxes/: the syntax matrix of issue 14. The same few FAKE credentials (a password, an
// AWS key id + secret pair, an unprefixed provider key) written in every common syntax under cases/, the
// credential files scanners are expected to know under files/, and decoys in the same syntaxes under
// decoys/ that must stay clean. Every value comes from a fixed seed (format-valid, never real).
// labels.json says, for every planted secret, the file, the line and the kind a scanner should report;
// scripts/measure-syntaxes.mjs scores a scan against it. Re-run by hand and read `git diff fixtures/`:
//   node scripts/make-syntax-fixtures.mjs
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';

const ROOT = resolve(import.meta.dirname, '..', 'fixtures', 'syntaxes');

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const B64 = B62 + '+/';
const HEX = '0123456789abcdef';
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const pick = (rng, cs, n) => Array.from({ length: n }, () => cs[Math.floor(rng() * cs.length)]).join('');

/** Per-file values: each file gets its own seed, so every planted secret has its own fingerprint. */
function valuesFor(seed) {
  const rng = mulberry32(seed);
  // A password a person would pick for a service: letters, digits and a few shell/YAML-safe symbols,
  // starting with a letter (so YAML never reads it as a tag, number or anchor).
  const pw = pick(rng, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 1) + pick(rng, B62, 6) + pick(rng, '!*_-.', 1) + pick(rng, B62, 5) + pick(rng, '!*_-.', 1) + pick(rng, B62, 2);
  let awsSecret = pick(rng, B64, 40);
  while (!/^[A-Za-z0-9]/.test(awsSecret) || !/[A-Za-z0-9]$/.test(awsSecret)) awsSecret = pick(rng, B64, 40);
  return {
    PW: pw,
    AKID: 'AKIA' + pick(rng, 'ABCDEFGH', 1) + pick(rng, B32, 15),
    AWS_SECRET: awsSecret,
    DD: pick(rng, HEX, 32),
    DDAPP: pick(rng, HEX, 40),
    TWILIO_SID: 'AC' + pick(rng, HEX, 32),
    TWILIO: pick(rng, HEX, 32),
    HEROKU: [8, 4, 4, 4, 12].map((n) => pick(rng, HEX, n)).join('-'),
    B64KEY: Buffer.from(Array.from({ length: 40 }, () => Math.floor(rng() * 256))).toString('base64'),
    HEX64: pick(rng, HEX, 64),
    HEX128: pick(rng, HEX, 128),
    DJANGO: 'django-insecure-' + pick(rng, 'abcdefghijklmnopqrstuvwxyz0123456789!@%^&*(-_=+)', 50),
    PPKPUB: pick(rng, B64, 20),
    SALT8: pick(rng, './' + B62, 8),
    CRYPT22: pick(rng, './' + B62, 22),
    PPKPUB2: pick(rng, B64, 20),
    PPKPRIV: pick(rng, B64, 43) + '=',
    SALT: pick(rng, B62 + '!#%&()*+,-.:;<=>?@[]^_{|}~', 64),
  };
}

// Each case: path, text with {{NAME}} markers, and the labels: [marker, kind, what] where `what` names
// the credential for the report. A marker may carry a transform: {{b64:PW}} (base64 of the value).
// The label's line is the first line holding the (transformed) value.
const PW = ['PW', 'static-key', 'password'];
// Beside its key id, the secret is one finding for the pair: an IAM user's long-lived credential.
const AWS = ['AWS_SECRET', 'long-lived-credential', 'aws-secret'];
const AKID = ['AKID', 'long-lived-credential', 'aws-key-id'];
const DD = ['DD', 'static-key', 'datadog-api-key'];

const CASES = [
  // 3. Assignments in every common syntax.
  ['cases/yaml/values.yaml', 'replicaCount: 2\nimage:\n  repository: registry.example.com/orders\n  tag: "1.4.2"\ndatadog:\n  site: datadoghq.eu\n  apiKey: {{DD}}\npostgresql:\n  auth:\n    username: orders\n    password: {{PW}}\n    database: orders\n', [DD, PW], 'yaml-helm'],
  ['cases/env/service.env', '# orders service\nAPP_ENV=production\nDB_HOST=db.internal\nDB_USER=orders\nDB_PASS={{PW}}\nDD_SITE=datadoghq.com\n', [PW], 'env'],
  ['cases/ini/settings.ini', '[server]\nport = 8080\n\n[database]\nhost = db.internal\nuser = orders\npassword = {{PW}}\n\n[datadog]\napi_key = {{DD}}\n', [PW, DD], 'ini'],
  ['cases/properties/application.properties', 'server.port=8080\nspring.datasource.url=jdbc:postgresql://db.internal:5432/orders\nspring.datasource.username=orders\nspring.datasource.password={{PW}}\nmanagement.metrics.export.datadog.api-key={{DD}}\n', [PW, DD], 'properties'],
  ['cases/toml/config.toml', '[server]\nport = 8080\n\n[database]\nuser = "orders"\npass = "{{PW}}"\n\n[aws]\naccess_key_id = "{{AKID}}"\nsecret_access_key = "{{AWS_SECRET}}"\n', [PW, AKID, AWS], 'toml'],
  ['cases/json/config.json', '{\n  "port": 8080,\n  "database": {\n    "user": "orders",\n    "pwd": "{{PW}}"\n  },\n  "datadog": {\n    "apiKey": "{{DD}}"\n  }\n}\n', [PW, DD], 'json'],
  ['cases/js/config.js', "module.exports = {\n  port: 8080,\n  db: {\n    user: 'orders',\n    password: '{{PW}}',\n  },\n  datadog: { apiKey: '{{DD}}' },\n};\n", [PW, DD], 'js-object'],
  ['cases/ts/settings.ts', "export const settings = {\n  region: 'eu-west-1',\n  credentials: {\n    accessKeyId: '{{AKID}}',\n    secretAccessKey: '{{AWS_SECRET}}',\n  },\n};\n", [AKID, AWS], 'ts-object'],
  ['cases/xml/app.config', '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="DbUser" value="orders" />\n    <add key="DbPassword" value="{{PW}}" />\n  </appSettings>\n  <datadog apiKey="{{DD}}" site="datadoghq.com" />\n</configuration>\n', [PW, DD], 'xml-attribute'],
  ['cases/xml/settings.xml', '<settings>\n  <servers>\n    <server>\n      <id>internal-releases</id>\n      <username>deployer</username>\n      <password>{{PW}}</password>\n    </server>\n  </servers>\n</settings>\n', [PW], 'xml-element'],
  ['cases/php/config.php', "<?php\ndefine('DB_HOST', 'db.internal');\ndefine('DB_USER', 'orders');\ndefine('DB_PASS', '{{PW}}');\n", [PW], 'php-define'],
  ['cases/php/database.php', "<?php\nreturn [\n    'driver' => 'mysql',\n    'host' => 'db.internal',\n    'username' => 'orders',\n    'password' => '{{PW}}',\n];\n", [PW], 'php-array'],
  ['cases/go/config.go', 'package config\n\nvar DefaultDB = DBConfig{\n\tHost:     "db.internal",\n\tUser:     "orders",\n\tPassword: "{{PW}}",\n}\n', [PW], 'go-struct'],
  ['cases/go/main.go', 'package main\n\nfunc main() {\n\tdbPass := "{{PW}}"\n\tconnect(dbPass)\n}\n', [PW], 'go-short-var'],
  ['cases/go/aws.go', 'package storage\n\nimport "github.com/aws/aws-sdk-go-v2/credentials"\n\nfunc provider() credentials.StaticCredentialsProvider {\n\treturn credentials.NewStaticCredentialsProvider("{{AKID}}", "{{AWS_SECRET}}", "")\n}\n', [AKID, AWS], 'sdk-constructor-go'],
  ['cases/java/Db.java', 'package com.example.orders;\n\npublic class Db {\n    private static final String DB_USER = "orders";\n    private static final String DB_PASSWORD = "{{PW}}";\n}\n', [PW], 'java-field'],
  ['cases/java/S3.java', 'package com.example.orders;\n\nimport com.amazonaws.auth.BasicAWSCredentials;\n\nclass S3 {\n    BasicAWSCredentials creds = new BasicAWSCredentials("{{AKID}}", "{{AWS_SECRET}}");\n}\n', [AKID, AWS], 'sdk-constructor-java'],
  ['cases/csharp/Settings.cs', 'namespace Orders;\n\npublic static class Settings\n{\n    public const string DbPassword = "{{PW}}";\n}\n', [PW], 'csharp-field'],
  ['cases/kotlin/Config.kt', 'package orders\n\nobject Config {\n    const val dbPassword = "{{PW}}"\n}\n', [PW], 'kotlin-field'],
  ['cases/python/db.py', 'import psycopg2\n\nconn = psycopg2.connect(host="db.internal", user="orders", password="{{PW}}", dbname="orders")\n', [PW], 'python-kwarg'],
  ['cases/python/env.py', 'import os\n\nos.environ["AWS_ACCESS_KEY_ID"] = "{{AKID}}"\nos.environ["AWS_SECRET_ACCESS_KEY"] = "{{AWS_SECRET}}"\n', [AKID, AWS], 'python-environ'],
  ['cases/python/client.py', 'import requests\n\nresp = requests.get("https://api.internal.example/v1/orders", auth=("svc-bot", "{{PW}}"))\n', [PW], 'basic-auth-tuple'],
  ['cases/python/s3.py', "import boto3\n\ns3 = boto3.client('s3', aws_access_key_id='{{AKID}}', aws_secret_access_key='{{AWS_SECRET}}')\n", [AKID, AWS], 'sdk-kwargs-python'],
  ['cases/node/env.js', "process.env.DB_PASSWORD = '{{PW}}';\nrequire('./server');\n", [PW], 'process-env'],
  ['cases/node/s3.js', "const AWS = require('aws-sdk');\nAWS.config.credentials = new AWS.Credentials('{{AKID}}', '{{AWS_SECRET}}');\n", [AKID, AWS], 'sdk-constructor-js'],
  ['cases/node/http.js', "const axios = require('axios');\nmodule.exports = () => axios.get('https://api.internal.example/v1/orders', {\n  auth: { username: 'svc-bot', password: '{{PW}}' },\n});\n", [PW], 'axios-auth'],
  ['cases/docker/Dockerfile', 'FROM node:20-alpine\nENV NODE_ENV=production\nENV DB_PASSWORD={{PW}}\nCOPY . /app\n', [PW], 'dockerfile-env'],
  ['cases/docker/legacy.Dockerfile', 'FROM node:20-alpine\nENV DB_PASSWORD {{PW}}\nCOPY . /app\n', [PW], 'dockerfile-env-space'],
  ['cases/docker/multi.Dockerfile', 'FROM python:3.12-slim\nENV APP_ENV=production \\\n    DB_USER=orders \\\n    DB_PASSWORD={{PW}}\nARG DD_API_KEY={{DD}}\n', [PW, DD], 'dockerfile-continuation'],
  ['cases/compose/docker-compose.yml', 'services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=orders\n      - POSTGRES_PASSWORD={{PW}}\n  agent:\n    image: datadog/agent:7\n    environment:\n      DD_API_KEY: {{DD}}\n', [PW, DD], 'compose-environment'],
  ['cases/k8s/secret-stringdata.yaml', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-db\ntype: Opaque\nstringData:\n  username: orders\n  password: {{PW}}\n', [PW], 'k8s-stringdata'],
  ['cases/k8s/secret-data.yaml', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: ceph-client\ntype: kubernetes.io/rbd\ndata:\n  key: {{b64:B64KEY}}\n', [['b64:B64KEY', 'static-key', 'k8s-secret-data']], 'k8s-data'],
  ['cases/terraform/main.tf', 'resource "aws_db_instance" "orders" {\n  engine         = "postgres"\n  instance_class = "db.t3.micro"\n  username       = "orders"\n  password       = "{{PW}}"\n}\n\nprovider "aws" {\n  region     = "eu-west-1"\n  access_key = "{{AKID}}"\n  secret_key = "{{AWS_SECRET}}"\n}\n', [PW, AKID, AWS], 'terraform'],
  ['cases/ansible/group_vars/all.yml', '---\nansible_user: deploy\nansible_become_pass: {{PW}}\norders_db_host: db.internal\n', [PW], 'ansible-vars'],
  ['cases/shell/deploy.sh', '#!/bin/sh\nset -eu\nexport AWS_ACCESS_KEY_ID={{AKID}}\nexport AWS_SECRET_ACCESS_KEY={{AWS_SECRET}}\naws s3 sync ./dist s3://orders-static\n', [AKID, AWS], 'shell-export'],
  ['cases/shell/backup.sh', '#!/bin/sh\nmysqldump -h db.internal -u orders -p\'{{PW}}\' orders > /backups/orders.sql\n', [PW], 'cli-flag-p'],
  ['cases/shell/migrate.sh', '#!/bin/sh\nmysql --host=db.internal --user=orders --password={{PW}} orders < schema.sql\n', [PW], 'cli-flag-password'],
  ['cases/shell/configure.sh', '#!/bin/sh\naws configure set aws_access_key_id {{AKID}}\naws configure set aws_secret_access_key {{AWS_SECRET}}\n', [AKID, AWS], 'aws-configure-set'],
  ['cases/shell/metrics.sh', '#!/bin/sh\ndatadog-ci synthetics run-tests --apiKey {{DD}} --public-id abc-def-ghi\n', [DD], 'cli-flag-space'],
  ['cases/connstr/appsettings.json', '{\n  "ConnectionStrings": {\n    "Orders": "Server=db.internal;Database=orders;User Id=orders;Password={{PW}};"\n  }\n}\n', [PW], 'connection-string-ado'],
  ['cases/connstr/libpq.conf', 'orders_dsn = host=db.internal port=5432 dbname=orders user=orders password={{PW}}\n', [PW], 'connection-string-libpq'],
  ['cases/connstr/jdbc.properties', 'orders.url=jdbc:mysql://db.internal:3306/orders?user=orders&password={{PW}}\n', [PW], 'connection-string-jdbc'],
  ['cases/csv/credentials.csv', 'User name,Password,Access key ID,Secret access key,Console login link\nci-deployer,,{{AKID}},{{AWS_SECRET}},https://123456789012.signin.aws.amazon.com/console\n', [AKID, AWS], 'aws-credentials-csv'],
  ['cases/csv/accessKeys.csv', 'Access key ID,Secret access key\n{{AKID}},{{AWS_SECRET}}\n', [AKID, AWS], 'aws-access-keys-csv'],
  ['cases/context/monitoring.yaml', 'monitoring:\n  provider: datadog\n  datadog:\n    key: {{DD}}\n', [DD], 'provider-context-nested'],
  ['cases/context/alerts.json', '{\n  "twilio": {\n    "accountSid": "{{TWILIO_SID}}",\n    "token": "{{TWILIO}}"\n  }\n}\n', [['TWILIO', 'static-key', 'twilio-auth-token']], 'provider-context-json'],
  ['cases/context/Notify.cs', 'class Notify\n{\n    const string TwilioAuth = "{{TWILIO}}";\n}\n', [['TWILIO', 'static-key', 'twilio-auth-token']], 'provider-context-name'],

  // 4. Credential files that scanners are expected to know.
  ['files/pgpass/.pgpass', 'db.internal:5432:orders:orders:{{PW}}\n', [PW], 'pgpass'],
  ['files/s3cfg/.s3cfg', '[default]\naccess_key = {{AKID}}\nsecret_key = {{AWS_SECRET}}\nhost_base = s3.amazonaws.com\n', [AKID, AWS], 's3cfg'],
  ['files/aws/credentials', '[default]\naws_access_key_id = {{AKID}}\naws_secret_access_key = {{AWS_SECRET}}\n\n[ci]\nregion = eu-west-1\n', [AKID, AWS], 'aws-credentials-file'],
  ['files/filezilla/sitemanager.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<FileZilla3 version="3.66.0" platform="windows">\n  <Servers>\n    <Server>\n      <Host>ftp.internal.example</Host>\n      <Port>21</Port>\n      <User>deploy</User>\n      <Pass encoding="base64">{{b64:PW}}</Pass>\n    </Server>\n  </Servers>\n</FileZilla3>\n', [['b64:PW', 'static-key', 'filezilla-password']], 'filezilla-sitemanager'],
  ['files/filezilla/recentservers.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<FileZilla3>\n  <RecentServers>\n    <Server>\n      <Host>sftp.internal.example</Host>\n      <User>backup</User>\n      <Pass encoding="base64">{{b64:PW}}</Pass>\n    </Server>\n  </RecentServers>\n</FileZilla3>\n', [['b64:PW', 'static-key', 'filezilla-password']], 'filezilla-recent'],
  ['files/dbeaver/data-sources.json', '{\n  "folders": {},\n  "connections": {\n    "postgres-jdbc-18a2": {\n      "provider": "postgresql",\n      "name": "orders",\n      "configuration": {\n        "host": "db.internal",\n        "database": "orders",\n        "user": "orders",\n        "password": "{{PW}}"\n      }\n    }\n  }\n}\n', [PW], 'dbeaver'],
  ['files/wordpress/wp-config.php', "<?php\ndefine( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp' );\ndefine( 'DB_PASSWORD', '{{PW}}' );\ndefine( 'DB_HOST', 'localhost' );\ndefine( 'AUTH_KEY',         '{{SALT}}' );\n$table_prefix = 'wp_';\n", [PW, ['SALT', 'static-key', 'wordpress-auth-key']], 'wp-config'],
  ['files/rails/config/master.key', '{{HEX64:32}}\n', [['HEX64:32', 'static-key', 'rails-master-key']], 'rails-master-key'],
  ['files/rails/config/secrets.yml', 'production:\n  secret_key_base: {{HEX128}}\n', [['HEX128', 'static-key', 'rails-secret-key-base']], 'rails-secrets-yml'],
  ['files/django/settings.py', "import os\n\nDEBUG = False\nSECRET_KEY = '{{DJANGO}}'\nALLOWED_HOSTS = ['orders.example.com']\n", [['DJANGO', 'static-key', 'django-secret-key']], 'django-settings'],
  ['files/htpasswd/.htpasswd', 'deploy:$apr1${{SALT8}}${{CRYPT22}}\n', [['CRYPT22', 'password-hash', 'htpasswd-hash']], 'htpasswd'],
  ['files/shadow/shadow', 'root:$6$Vq7Lr2xK$8sGNylvquP2qzMzTcv8uFhahNATLxWpmHc8vN2qZt5LwR3mXq8VfR2mZkT0xLwN7cB4sXggawYakY2BC6viq0a:19700:0:99999:7:::\ndaemon:*:19700:0:99999:7:::\n', [['$6$Vq7Lr2xK$8sGNylvquP2qzMzTcv8uFhahNATLxWpmHc8vN2qZt5LwR3mXq8VfR2mZkT0xLwN7cB4sXggawYakY2BC6viq0a', 'password-hash', 'shadow-hash']], 'etc-shadow'],
  ['files/sql/users.sql', "INSERT INTO `users` (`id`, `login`, `password`) VALUES\n(1, 'admin', '$2y$10$0aXdMgeCYw8MEbx8x3lEJ.Tc3kJ2GQBo8hjsOrPoEOqQb7Wl6.Qfm');\n", [['$2y$10$0aXdMgeCYw8MEbx8x3lEJ.Tc3kJ2GQBo8hjsOrPoEOqQb7Wl6.Qfm', 'password-hash', 'sql-dump-hash']], 'sql-dump'],
  ['files/dotfiles/.esmtprc', 'identity "deploy@example.com"\n  hostname smtp.internal.example:587\n  username "deploy"\n  password "{{PW}}"\n  starttls required\n', [PW], 'esmtprc'],
  ['files/putty/deploy.ppk', 'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: dummy deploy key\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIB{{PPKPUB}}\n{{PPKPUB2}}\nPrivate-Lines: 1\nAAAAI{{PPKPRIV}}\nPrivate-MAC: {{HEX64}}\n', [['PPKPRIV', 'private-key', 'putty-private-key']], 'putty-ppk'],
  ['files/dotfiles/.tugboat', 'authentication:\n  client_key: {{HEX64}}\n  api_key: {{DDAPP}}\ndefaults:\n  region: ams3\n', [['HEX64', 'static-key', 'tugboat-key'], ['DDAPP', 'static-key', 'tugboat-key']], 'tugboat'],
];

// Decoys in the same syntaxes: references, templates, placeholders, labels, hashes and ids. Nothing here
// is a credential; a finding in decoys/ is a false positive.
const DECOYS = [
  ['decoys/yaml/values.yaml', 'datadog:\n  apiKey: ""\n  apiKeyExistingSecret: datadog-credentials\npostgresql:\n  auth:\n    password: "{{ .Values.global.postgresql.password }}"\n    existingSecret: orders-db\n    secretKeys:\n      adminPasswordKey: postgres-password\n'],
  ['decoys/yaml/rbac.yaml', 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: reader\nrules:\n  - apiGroups: [""]\n    resources: ["pods", "secrets", "configmaps"]\n    verbs: ["get", "list"]\n'],
  ['decoys/env/.env.example', 'DB_USER=orders\nDB_PASS=\nDB_PASSWORD=${DB_PASSWORD}\nAPI_TOKEN=REPLACE_WITH_YOUR_TOKEN\nDD_API_KEY=<your-datadog-api-key>\n'],
  ['decoys/ini/settings.ini', '[database]\nuser = orders\npassword = %(DB_PASSWORD)s\n\n[datadog]\napi_key = ${DD_API_KEY}\n'],
  ['decoys/properties/application.properties', 'spring.datasource.password=${DB_PASSWORD}\nlogin.password.label=Enter your password\nlogin.password.hint=At least 12 characters\n'],
  ['decoys/json/config.json', '{\n  "database": { "password": "" },\n  "session": { "secretRef": "orders-session" },\n  "userId": "3f2b8c4e-9d1a-4e7b-8f6c-2a5d9e0b1c3f",\n  "tokenUrl": "https://auth.example.com/oauth2/token"\n}\n'],
  ['decoys/js/config.js', "module.exports = {\n  db: { password: process.env.DB_PASSWORD },\n  apiKey: process.env.API_KEY,\n  labels: { password: 'Enter your password', token: 'Paste your access token' },\n};\n"],
  ['decoys/python/settings.py', "import os\n\nSECRET_KEY = os.getenv('SECRET_KEY')\nDB_PASSWORD = os.environ['DB_PASSWORD']\nPASSWORD_FIELD_LABEL = 'Password'\n"],
  ['decoys/terraform/main.tf', 'resource "aws_db_instance" "orders" {\n  username = var.db_user\n  password = var.db_password\n}\n\nlocals {\n  args = ["eks", "get-token", "--cluster-name", var.cluster_name]\n}\n'],
  ['decoys/docker/Dockerfile', 'FROM node:20-alpine\nARG NPM_TOKEN\nENV DB_PASSWORD=${DB_PASSWORD}\nRUN --mount=type=secret,id=npm_token npm ci\n'],
  ['decoys/compose/docker-compose.yml', 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets:\n      - db_password\nsecrets:\n  db_password:\n    file: ./db_password.txt\n'],
  ['decoys/urls/README.md', '# Orders\n\nClone with `git clone https://USERNAME:PERSONAL_ACCESS_TOKEN@github.com/example/orders.git`.\n\nThe service reads `mongodb://DB_USER:DB_PASSWORD@mongodb:27017/orders` from its environment.\n\nThe connection string template is `postgres://{user}:{password}@{host}/orders`.\n'],
  ['decoys/changelog/CHANGELOG.md', '# Changelog\n\n## 2.3.0\n- The chart can read the admin password from `existingSecret` instead of `auth.password`.\n- New `secretKeys.userPasswordKey` value.\n'],
  ['decoys/go/config.go', 'package config\n\nimport "os"\n\nvar DefaultDB = DBConfig{\n\tPassword: os.Getenv("DB_PASSWORD"),\n}\n'],
  ['decoys/xml/settings.xml', '<settings>\n  <servers>\n    <server>\n      <id>internal-releases</id>\n      <password>${env.DEPLOY_PASSWORD}</password>\n    </server>\n  </servers>\n</settings>\n'],
  ['decoys/hashes/checksums.yaml', 'artifacts:\n  - name: orders.tar.gz\n    sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n  - name: orders.zip\n    md5: d41d8cd98f00b204e9800998ecf8427e\n'],
  ['decoys/shell/deploy.sh', '#!/bin/sh\nmysqldump -u "$DB_USER" -p"$DB_PASSWORD" orders\naws configure set aws_secret_access_key "$AWS_SECRET_ACCESS_KEY"\n'],
];

function fill(text, v) {
  return text.replace(/\{\{(b64:)?([A-Z0-9_]+)(?::(\d+))?\}\}/g, (_m, b64, name, cut) => {
    let val = v[name];
    if (val === undefined) throw new Error(`unknown marker ${name}`);
    if (cut) val = val.slice(0, Number(cut));
    return b64 ? Buffer.from(val).toString('base64') : val;
  });
}

function resolveMarker(marker, v) {
  if (!/^[A-Z0-9_:]+$|^b64:/.test(marker)) return marker; // a literal value
  const b64 = marker.startsWith('b64:');
  const [name, cut] = (b64 ? marker.slice(4) : marker).split(':');
  if (v[name] === undefined) return marker;
  let val = v[name];
  if (cut) val = val.slice(0, Number(cut));
  return b64 ? Buffer.from(val).toString('base64') : val;
}

rmSync(join(ROOT, 'tree'), { recursive: true, force: true });
const labels = [];
const all = [...CASES.map((c) => ({ path: c[0], text: c[1], labels: c[2], syntax: c[3] })), ...DECOYS.map((d) => ({ path: d[0], text: d[1], labels: [], syntax: 'decoy' }))];
for (const c of all) {
  const seed = parseInt(createHash('sha256').update(c.path).digest('hex').slice(0, 8), 16);
  const v = valuesFor(seed);
  const text = fill(c.text, v);
  const file = join(ROOT, 'tree', c.path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  for (const [marker, kind, what] of c.labels) {
    const value = resolveMarker(marker, v);
    const at = text.indexOf(value);
    if (at < 0) throw new Error(`${c.path}: value for ${marker} not in text`);
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    labels.push({ path: c.path, line, column, kind, credential: what, syntax: c.syntax });
  }
}
// Binary private-key containers: detected by signature and reported as a private-key container, never
// decoded. A PKCS#12 file opens with a DER SEQUENCE whose first element is INTEGER 3 (the PFX version);
// a Java KeyStore with the magic 0xFEEDFEED, a JCEKS store with 0xCECECECE.
const BINARIES = [
  ['files/keystores/client.p12', () => { const r = mulberry32(12); const body = Buffer.from(Array.from({ length: 2400 }, () => Math.floor(r() * 256))); return Buffer.concat([Buffer.from([0x30, 0x82, 0x09, 0x6c, 0x02, 0x01, 0x03, 0x30, 0x82, 0x09, 0x32, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01]), body]); }, 'pkcs12'],
  ['files/keystores/server.jks', () => { const r = mulberry32(13); const body = Buffer.from(Array.from({ length: 2000 }, () => Math.floor(r() * 256))); return Buffer.concat([Buffer.from([0xfe, 0xed, 0xfe, 0xed, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06]), Buffer.from('server'), body]); }, 'jks'],
];
for (const [path, make, syntax] of BINARIES) {
  const file = join(ROOT, 'tree', path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, make());
  labels.push({ path, line: 1, column: 1, kind: 'private-key', credential: `${syntax}-container`, syntax });
}
labels.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column));
writeFileSync(join(ROOT, 'labels.json'), `{"decoys": "decoys/", "labels": [\n${labels.map((l) => `  ${JSON.stringify(l)}`).join(',\n')}\n]}\n`);
console.log(`syntaxes: ${all.length} files, ${labels.length} labelled secrets, ${DECOYS.length} decoy files, ${BINARIES.length} binary keystores`);
