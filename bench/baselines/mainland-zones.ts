import { isMainland } from '../../src/core/domain/regions';

/** Region IDs the bench's zones use, filtered through the checker's own mainland list. */
const CANDIDATES = [
  'cn-qingdao',
  'cn-beijing',
  'cn-zhangjiakou',
  'cn-huhehaote',
  'cn-wulanchabu',
  'cn-hangzhou',
  'cn-shanghai',
  'cn-shenzhen',
  'cn-heyuan',
  'cn-guangzhou',
  'cn-chengdu',
];

/** A zone is a mainland region ID followed by a zone letter (cn-hangzhou-h). */
export const MAINLAND_ZONE_PATTERN = `^(${CANDIDATES.filter(isMainland).join('|')})-[a-z0-9]+$`;
