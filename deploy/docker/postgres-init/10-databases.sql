-- Runs once, when the postgres container starts on an empty data volume (docker-compose.yml).
-- One database per node and service: tandem_<node>_<service> with '-' as '_'.
-- A service added later needs its lines here too, or `npm start` creates them on its Docker path.
CREATE DATABASE tandem_de_goerlitz_intake;
CREATE DATABASE tandem_de_goerlitz_training;
CREATE DATABASE tandem_de_goerlitz_support;
CREATE DATABASE tandem_de_goerlitz_placement;
CREATE DATABASE tandem_de_goerlitz_recognition;
CREATE DATABASE tandem_de_goerlitz_outcomes;
CREATE DATABASE tandem_pl_zgorzelec_intake;
CREATE DATABASE tandem_pl_zgorzelec_training;
CREATE DATABASE tandem_pl_zgorzelec_support;
CREATE DATABASE tandem_pl_zgorzelec_placement;
CREATE DATABASE tandem_pl_zgorzelec_recognition;
CREATE DATABASE tandem_pl_zgorzelec_outcomes;
