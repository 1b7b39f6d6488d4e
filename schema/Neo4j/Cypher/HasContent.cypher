RETURN EXISTS { (v:Version {contentHash: $contentHash}) } AS stored
